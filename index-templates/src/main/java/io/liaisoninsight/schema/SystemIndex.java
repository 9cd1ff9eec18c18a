package io.liaisoninsight.schema;

/**
 * Indices that are not monthly record indices. Each is a concrete {@code <prefix>-<slug>-v1} index
 * behind the alias {@code <prefix>-<slug>}, so an incompatible mapping change can be rolled out by
 * reindexing into {@code -v2} and moving the alias.
 */
public enum SystemIndex {
    COMPLAINANTS("complainants"),
    SAVED_SEARCHES("saved-searches"),
    AUDIT("audit"),
    MEETINGS("meetings"),
    /** Saved-search alerts: records that newly matched a user's saved search, until the user has seen them. */
    ALERTS("alerts"),
    /**
     * Roots of near-duplicate groups with their MinHash band keys, maintained by ingest: the candidates a
     * new record is compared with. One small index instead of band keys on every monthly record index,
     * so the per-batch candidate search looks up its terms in a few segments, not hundreds.
     */
    DUPLICATE_ROOTS("duplicate-roots");

    private final String slug;

    SystemIndex(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
