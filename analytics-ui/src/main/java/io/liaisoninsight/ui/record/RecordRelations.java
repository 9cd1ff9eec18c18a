package io.liaisoninsight.ui.record;

import io.liaisoninsight.ui.system.StoredFields;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.ScopedHits;
import io.liaisoninsight.ui.security.ScopedSearch;
import io.liaisoninsight.ui.security.SearchIntent;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.liaisoninsight.ui.system.StoredFields.text;

/**
 * What the record page shows around a record: its near-duplicate group, similar records
 * ({@code more_like_this} on title and content), and the complainant's other contacts (through the
 * record's resolved identities). All through {@link ScopedSearch}, so only records in the user's scope
 * appear, masked, and each lookup is audited as a search.
 */
@Service
class RecordRelations {

    /** Related records listed, at most. */
    static final int MAX_RELATED = 50;
    /** Similar records listed. */
    static final int SIMILAR = 5;
    private static final List<String> SUMMARY_FIELDS = List.of(Fields.ID, Fields.SOURCE, Fields.OCCURRED_AT,
            Fields.DISTRICT, Fields.TOWNSHIP, Fields.TITLE, Fields.Petition.STATUS, Fields.DUPLICATE_GROUP);

    /** A related record in one line. */
    record Related(String id, Source source, LocalDate date, String district, String township, String title,
                   String status) {
    }

    /**
     * @param identityIds the complainant identities of the record
     * @param linkedBy    how those identities were resolved (ID_NUMBER, PHONE, NAME_TOWNSHIP)
     * @param records     the identities' other records within the user's scope, newest first
     */
    record Contacts(List<String> identityIds, List<String> linkedBy, List<Related> records) {
    }

    private final ScopedSearch scoped;
    private final ElasticsearchClient client;
    private final String complainants;
    private final Clock clock;

    RecordRelations(ScopedSearch scoped, ElasticsearchClient client, IndexNames names, Clock clock) {
        this.scoped = scoped;
        this.client = client;
        this.complainants = names.alias(SystemIndex.COMPLAINANTS);
        this.clock = clock;
    }

    /** The other records of the record's near-duplicate group, oldest first. */
    List<Related> duplicates(CurrentUser user, RecordDetail detail) {
        String group = text(detail.record(), Fields.DUPLICATE_GROUP);
        if (group == null) {
            return List.of();
        }
        Query query = QueryBuilders.bool(b -> b.filter(QueryBuilders.term(t -> t.field(Fields.DUPLICATE_GROUP).value(group)))
                .mustNot(QueryBuilders.ids(i -> i.values(detail.id()))));
        return related(user, detail, "duplicates", query, SortOrder.Asc, MAX_RELATED);
    }

    /** Records with similar title and content, best first, not counting its own near-duplicates. */
    List<Related> similar(CurrentUser user, RecordDetail detail) {
        String group = text(detail.record(), Fields.DUPLICATE_GROUP);
        Query like = QueryBuilders.moreLikeThis(m -> m.fields(Fields.TITLE, Fields.CONTENT)
                .like(l -> l.document(d -> d.index(detail.index()).id(detail.id())))
                // Small corpora and short Chinese texts: every word counts once it appears.
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(25).minimumShouldMatch("30%"));
        Query query = group == null ? like : QueryBuilders.bool(b -> b.must(like)
                .mustNot(QueryBuilders.term(t -> t.field(Fields.DUPLICATE_GROUP).value(group))));
        ScopedHits hits = scoped.search(user, intent(detail, "similar"), query, b -> b.size(SIMILAR)
                .source(s -> s.filter(f -> f.includes(SUMMARY_FIELDS))));
        return hits.hits().stream().map(this::related).toList();
    }

    /** The complainant's other contacts, through the record's identities (and identities merged into them). */
    Contacts contacts(CurrentUser user, RecordDetail detail) {
        List<String> ids = new ArrayList<>();
        detail.record().path(Fields.IDENTITY_IDS).forEach(i -> ids.add(i.asText()));
        if (ids.isEmpty()) {
            return new Contacts(List.of(), List.of(), List.of());
        }
        Set<String> identities = new LinkedHashSet<>(ids);
        Set<String> linkedBy = new LinkedHashSet<>();
        for (ObjectNode profile : profiles(ids)) {
            profile.path(Fields.Complainant.MERGED_IDS).forEach(m -> identities.add(m.asText()));
            JsonNode by = profile.path(Fields.Complainant.LINKED_BY);
            if (by.isArray()) {
                by.forEach(b -> linkedBy.add(b.asText()));
            } else if (by.isTextual()) {
                linkedBy.add(by.asText());
            }
        }
        List<FieldValue> values = identities.stream().map(FieldValue::of).toList();
        Query query = QueryBuilders.bool(b -> b
                .filter(QueryBuilders.terms(t -> t.field(Fields.IDENTITY_IDS).terms(v -> v.value(values))))
                .mustNot(QueryBuilders.ids(i -> i.values(detail.id()))));
        return new Contacts(List.copyOf(ids), List.copyOf(linkedBy),
                related(user, detail, "contacts", query, SortOrder.Desc, MAX_RELATED));
    }

    /** How the complainant identities were resolved; not their names or keys (only what explains the link). */
    private List<ObjectNode> profiles(List<String> ids) {
        try {
            List<ObjectNode> found = new ArrayList<>();
            for (Hit<ObjectNode> hit : client.search(s -> s.index(complainants).ignoreUnavailable(true)
                    .allowNoIndices(true).size(ids.size())
                    .query(QueryBuilders.terms(t -> t.field(Fields.Complainant.IDENTITY_ID)
                            .terms(v -> v.value(ids.stream().map(FieldValue::of).toList()))))
                    .source(src -> src.filter(f -> f.includes(Fields.Complainant.IDENTITY_ID,
                            Fields.Complainant.LINKED_BY, Fields.Complainant.MERGED_IDS))), ObjectNode.class).hits().hits()) {
                if (hit.source() != null) {
                    found.add(hit.source());
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Related> related(CurrentUser user, RecordDetail detail, String kind, Query query, SortOrder order,
                                  int size) {
        ScopedHits hits = scoped.search(user, intent(detail, kind), query, b -> b.size(size)
                .sort(o -> o.field(f -> f.field(Fields.OCCURRED_AT).order(order)))
                .source(s -> s.filter(f -> f.includes(SUMMARY_FIELDS))));
        return hits.hits().stream().map(this::related).toList();
    }

    private Related related(ScopedHits.Hit hit) {
        ObjectNode r = hit.source();
        Instant at = StoredFields.instant(r, Fields.OCCURRED_AT);
        return new Related(hit.id(), source(text(r, Fields.SOURCE)),
                at == null ? null : at.atZone(clock.getZone()).toLocalDate(), text(r, Fields.DISTRICT),
                text(r, Fields.TOWNSHIP), text(r, Fields.TITLE), text(r, Fields.Petition.STATUS));
    }

    private static SearchIntent intent(RecordDetail detail, String kind) {
        return new SearchIntent(null, Map.of("record", detail.id(), "related", kind));
    }



    private static Source source(String name) {
        for (Source s : Source.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
