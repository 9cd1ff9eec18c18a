package io.liaisoninsight.ui.search;

import java.time.Instant;

/**
 * A search a user saved, optionally with alerts on new matching records.
 *
 * @param lastCheckedAt until when the alert check has looked for new records (creation time at first)
 */
record SavedSearch(String id, String owner, String name, SearchCriteria criteria, boolean alerting, Instant createdAt,
                   Instant lastCheckedAt) {
}
