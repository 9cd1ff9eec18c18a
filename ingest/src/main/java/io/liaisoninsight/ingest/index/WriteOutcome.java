package io.liaisoninsight.ingest.index;

/** What happened to one {@link PendingWrite}. */
public record WriteOutcome(Kind kind, String reason) {

    public enum Kind {
        /** Stored (created, or replaced by an equal or newer version). */
        INDEXED,
        /** A newer version is already stored: this update is older and was ignored, as intended. */
        STALE,
        /** Elasticsearch refused the document itself (mapping): retrying cannot help; dead-letter it. */
        REJECTED,
        /** A passing failure (overload, shard unavailable, no connection): write it again later. */
        RETRY
    }

    public static final WriteOutcome INDEXED = new WriteOutcome(Kind.INDEXED, null);
    public static final WriteOutcome STALE = new WriteOutcome(Kind.STALE, null);

    public static WriteOutcome rejected(String reason) {
        return new WriteOutcome(Kind.REJECTED, reason);
    }

    public static WriteOutcome retry(String reason) {
        return new WriteOutcome(Kind.RETRY, reason);
    }
}
