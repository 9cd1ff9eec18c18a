package io.liaisoninsight.ingest.index;

import io.liaisoninsight.ingest.enrich.Enrichment;
import io.liaisoninsight.ingest.record.IncomingRecord;

/** A record ready to be written: the record, its enrichment, and the document (still open to batch steps). */
public record PreparedRecord(IncomingRecord record, Enrichment enrichment, PendingWrite write) {
}
