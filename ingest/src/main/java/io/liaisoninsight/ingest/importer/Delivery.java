package io.liaisoninsight.ingest.importer;

/**
 * What the broker made of the records handed to it: confirmed (written to all in-sync replicas) or
 * failed, with the first failure's reason.
 */
public record Delivery(long confirmed, long failed, String firstFailure) {

    public static final Delivery NONE = new Delivery(0, 0, null);
}
