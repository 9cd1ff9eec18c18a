package io.liaisoninsight.schema;

/**
 * The three kinds of record that arrive on Kafka. Each has its own topic, monthly indices and
 * per-source alias; the field that places a record in time differs per source.
 */
public enum Source {
    PETITION("petitions", "petitions.v1", Fields.Petition.RECEIVED_AT),
    VISIT_NOTE("visit-notes", "visit-notes.v1", Fields.VisitNote.VISITED_AT),
    MEDIA_REPORT("media-reports", "media-reports.v1", Fields.MediaReport.PUBLISHED_AT);

    private final String slug;
    private final String topic;
    private final String eventTimeField;

    Source(String slug, String topic, String eventTimeField) {
        this.slug = slug;
        this.topic = topic;
        this.eventTimeField = eventTimeField;
    }

    /** Name part used in index and alias names, e.g. {@code petitions}. */
    public String slug() {
        return slug;
    }

    /** Kafka topic the source systems publish to. */
    public String topic() {
        return topic;
    }

    /** The source's own time field; ingest copies it into {@link Fields#OCCURRED_AT}. */
    public String eventTimeField() {
        return eventTimeField;
    }
}
