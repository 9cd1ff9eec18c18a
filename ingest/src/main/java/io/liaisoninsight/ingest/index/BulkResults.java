package io.liaisoninsight.ingest.index;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import java.io.IOException;

/**
 * Bulk writes of a batch step's own documents (duplicate roots, complainant profiles), where one failed item
 * fails the step: it is retried from a fresh read, so a conflict (409) or a passing failure is never ignored.
 */
public final class BulkResults {

    private BulkResults() {
    }

    /** @throws IOException naming the first failed item; {@code notStored} says what was not stored */
    public static void requireAllStored(BulkResponse response, String notStored, String alias) throws IOException {
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                throw new IOException(notStored + ": " + item.error().type() + ": " + item.error().reason()
                        + " (" + alias + "/" + item.id() + ")");
            }
        }
    }
}
