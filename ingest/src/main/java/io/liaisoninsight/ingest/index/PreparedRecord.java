package io.liaisoninsight.ingest.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.ingest.enrich.Enrichment;
import io.liaisoninsight.ingest.record.IncomingRecord;

/** A record ready to be written: the record, its enrichment, and the document (still open to batch steps). */
public record PreparedRecord(IncomingRecord record, Enrichment enrichment, PendingWrite write) {

    /** Sets a top-level field of the document. Batch steps run concurrently, so writes to one document are serialised. */
    public void put(String field, JsonNode value) {
        ObjectNode document = write.document();
        synchronized (document) {
            document.set(field, value);
        }
    }
}
