package io.liaisoninsight.ingest.index;

import java.io.IOException;
import java.util.List;

/**
 * Enrichment that needs other records: runs over the whole prepared batch before it is written and
 * may add fields to the documents (duplicate groups, complainant identities). It must be idempotent,
 * since a batch is replayed after a failure, and throw to have the batch retried. Steps run concurrently
 * and must not depend on each other's fields; they set fields only with {@link PreparedRecord#put}.
 */
public interface BatchStep {

    void apply(List<PreparedRecord> batch) throws IOException;
}
