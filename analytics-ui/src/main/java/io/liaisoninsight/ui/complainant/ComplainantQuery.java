package io.liaisoninsight.ui.complainant;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.ui.security.Scope;
import io.liaisoninsight.ui.security.ScopedSearch;

import java.util.List;

/**
 * Every Elasticsearch query of the complainant profile, in one place. Pure: values in, queries out.
 */
final class ComplainantQuery {

    /** Fields of a petition the profile shows (contacts, titles); internal fields are never read. */
    static final List<String> PETITION_FIELDS = List.of(Fields.ID, Fields.TITLE, Fields.DISTRICT, Fields.TOWNSHIP,
            Fields.OCCURRED_AT, Fields.UPDATED_AT, Fields.Petition.STATUS, Fields.Petition.CHANNEL,
            Fields.Petition.COMPLAINANT_NAME, Fields.Petition.COMPLAINANT_ID_NUMBER, Fields.Petition.COMPLAINANT_PHONE,
            Fields.Petition.COMPLAINANT_ADDRESS);

    /** Fields of an identity the profile needs; key hashes are read only to recompute {@code linkedBy}. */
    static final List<String> IDENTITY_FIELDS = List.of(Fields.Complainant.IDENTITY_ID, Fields.Complainant.NAMES,
            Fields.Complainant.KEYS, Fields.Complainant.MERGED_IDS, Fields.Complainant.MATTERS);

    private ComplainantQuery() {
    }

    /** The identity with this id, or the one it was merged into ({@code mergedIds}). */
    static Query identity(String id) {
        return QueryBuilders.bool(b -> b.minimumShouldMatch("1")
                .should(QueryBuilders.term(t -> t.field(Fields.Complainant.IDENTITY_ID).value(id)))
                .should(QueryBuilders.term(t -> t.field(Fields.Complainant.MERGED_IDS).value(id))));
    }

    /** The petitions with these ids inside the scope: the one way the profile reads petition content. */
    static Query petitionsInScope(Scope scope, List<String> ids) {
        return ScopedSearch.withinScope(scope, byIds(ids));
    }

    /** These ids, regardless of scope: used only to tell "outside your scope" from "not indexed yet" (no content). */
    static Query byIds(List<String> ids) {
        return QueryBuilders.ids(i -> i.values(ids));
    }
}
