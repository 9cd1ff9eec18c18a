package io.liaisoninsight.ui.search;

import io.liaisoninsight.schema.Fields;

/**
 * The keyword fields users filter and facet on. Each has the URL parameter that carries its selected
 * values (so a search can be bookmarked) and, for fields that store a code (enum name), the message
 * bundle prefix that labels it; the others store Chinese text shown as is.
 */
enum SearchField implements Qualifier {
    SOURCE("source", Fields.SOURCE, "source."),
    CHANNEL("channel", Fields.Petition.CHANNEL, "channel."),
    DISTRICT("district", Fields.DISTRICT, null),
    /** Values are {@code district/township}: township names repeat across districts (城关镇). */
    TOWNSHIP("township", Fields.TOWNSHIP, null),
    CATEGORY("category", Fields.Petition.CATEGORY, null),
    STATUS("status", Fields.Petition.STATUS, "status."),
    RISK_LEVEL("risk", Fields.RISK_LEVEL, "risk."),
    PEOPLE("person", Fields.ENTITIES_PEOPLE, null),
    PLACES("place", Fields.ENTITIES_PLACES, null),
    ORGANIZATIONS("organization", Fields.ENTITIES_ORGANIZATIONS, null),
    KEY_TERMS("keyTerm", Fields.KEY_TERMS, null);

    private final String parameter;
    private final String field;
    private final String labelPrefix;

    SearchField(String parameter, String field, String labelPrefix) {
        this.parameter = parameter;
        this.field = field;
        this.labelPrefix = labelPrefix;
    }

    /** URL query parameter, e.g. {@code district}. */
    String parameter() {
        return parameter;
    }

    /** Elasticsearch field. */
    String field() {
        return field;
    }

    /** Bundle key prefix for coded values ({@code status.IN_PROGRESS}); null when values are shown as stored. */
    String labelPrefix() {
        return labelPrefix;
    }

    /** Bundle key of the field's own label, e.g. {@code search.field.district}. */
    @Override
    public String labelKey() {
        return "search.field." + parameter;
    }

    static SearchField byParameter(String parameter) {
        for (SearchField f : values()) {
            if (f.parameter.equals(parameter)) {
                return f;
            }
        }
        return null;
    }
}
