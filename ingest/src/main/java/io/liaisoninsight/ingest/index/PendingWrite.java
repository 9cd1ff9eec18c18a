package io.liaisoninsight.ingest.index;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One document to write: its monthly index, the record id, and the external version (the record's
 * updatedAt in epoch milliseconds) that makes older updates lose.
 */
public record PendingWrite(String index, String id, long version, ObjectNode document) {
}
