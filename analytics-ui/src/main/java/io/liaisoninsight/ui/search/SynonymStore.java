package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.system.StoredFields;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The synonym dictionary in use: the administrators' edited version, kept in Elasticsearch so every
 * instance uses the same one, else the shipped default ({@code search/synonyms.txt}).
 * <p>
 * It is stored as one reserved document of the saved-searches index (id {@value #DOCUMENT_ID}, owner
 * {@value #OWNER}, the dictionary text in {@code query}), which needs no index of its own; saved-search
 * listings ask for their owner's documents and so never see it. Read through a short cache
 * ({@code liaison.search.synonyms-refresh}); an edit here applies at once, on other instances within
 * that time. If Elasticsearch cannot be read, the last dictionary read (or the default) stays in use.
 */
@Service
class SynonymStore {

    static final String DOCUMENT_ID = "system.synonym-dictionary";
    /** Not a possible user name (no login form or token yields it), so no user owns this document. */
    static final String OWNER = "#system";
    static final String AUDIT_TARGET = "synonym-dictionary";
    private static final Logger log = LoggerFactory.getLogger(SynonymStore.class);

    /** The stored dictionary and who changed it last; {@code updatedAt} null = the shipped default. */
    record Version(String text, SynonymDictionary dictionary, Instant updatedAt, String updatedBy) {
    }

    private final ElasticsearchClient client;
    private final String alias;
    private final AuditLog audit;
    private final SearchSettings settings;
    private final Clock clock;
    private final Version shipped;
    private volatile Version cached;
    private volatile Instant cachedAt = Instant.MIN;

    SynonymStore(ElasticsearchClient client, IndexNames names, AuditLog audit, SearchSettings settings, Clock clock) {
        this.client = client;
        this.alias = names.alias(SystemIndex.SAVED_SEARCHES);
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        String text = SynonymDictionary.defaultText();
        this.shipped = new Version(text, SynonymDictionary.parse(text), null, null);
        this.cached = shipped;
    }

    /** The dictionary to expand queries with now. */
    SynonymDictionary current() {
        Instant now = clock.instant();
        if (cachedAt.plus(settings.synonymsRefresh()).isBefore(now)) {
            try {
                cached = read();
            } catch (RuntimeException e) {
                log.warn("cannot read the synonym dictionary, keeping the one in use: {}", Problems.describe(e));
            }
            cachedAt = now;
        }
        return cached.dictionary();
    }

    /** The stored version (or the default), read now. */
    Version read() {
        try {
            GetResponse<ObjectNode> found = client.get(g -> g.index(alias).id(DOCUMENT_ID), ObjectNode.class);
            if (!found.found() || found.source() == null) {
                return shipped;
            }
            ObjectNode doc = found.source();
            String text = doc.path(Fields.SavedSearch.QUERY).asText("");
            JsonNode by = doc.path(Fields.SavedSearch.FILTERS).path("updatedBy");
            return new Version(text, SynonymDictionary.parse(text),
                    StoredFields.instant(doc.path(Fields.SavedSearch.CREATED_AT).asText(null)), by.asText(null));
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return shipped;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Version shipped() {
        return shipped;
    }

    /**
     * Replaces the dictionary (administrators only). Audited before it is written (fail closed).
     *
     * @return the parsed dictionary now in use
     */
    SynonymDictionary save(CurrentUser admin, String text) {
        requireAdmin(admin);
        SynonymDictionary parsed = SynonymDictionary.parse(text);
        audit.record(admin, AuditAction.CONFIGURATION_CHANGE, AuditOutcome.SUCCESS, AUDIT_TARGET, null,
                Map.of("groups", parsed.size()));
        Instant now = clock.instant();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(Fields.SavedSearch.OWNER, OWNER);
        doc.put(Fields.SavedSearch.NAME, AUDIT_TARGET);
        doc.put(Fields.SavedSearch.QUERY, text);
        doc.put(Fields.SavedSearch.FILTERS, Map.of("updatedBy", admin.username(), "groups", parsed.size()));
        doc.put(Fields.SavedSearch.ALERTING, false);
        doc.put(Fields.SavedSearch.CREATED_AT, now.toString());
        try {
            client.index(i -> i.index(alias).id(DOCUMENT_ID).document(doc).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cached = new Version(text, parsed, now, admin.username());
        cachedAt = now;
        return parsed;
    }

    /** Back to the shipped default (administrators only; audited). */
    void reset(CurrentUser admin) {
        requireAdmin(admin);
        audit.record(admin, AuditAction.CONFIGURATION_CHANGE, AuditOutcome.SUCCESS, AUDIT_TARGET, null,
                Map.of("reset", true));
        try {
            client.delete(d -> d.index(alias).id(DOCUMENT_ID).refresh(Refresh.WaitFor));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cached = shipped;
        cachedAt = clock.instant();
    }

    private void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            audit.record(user, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, AUDIT_TARGET, null,
                    Map.of("reason", NotPermittedException.Reason.ROLE_REQUIRED.name()));
            throw new NotPermittedException(NotPermittedException.Reason.ROLE_REQUIRED, AUDIT_TARGET);
        }
    }
}
