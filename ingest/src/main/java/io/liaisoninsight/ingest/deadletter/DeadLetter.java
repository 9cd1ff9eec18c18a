package io.liaisoninsight.ingest.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record that cannot be indexed, with the original bytes and where it came from.
 *
 * @param stage  VALIDATION (the record itself is wrong), ENRICHMENT (a processing error on this record)
 *               or INDEXING (Elasticsearch refused it)
 * @param reason the violations or the refusal, for an operator to fix and re-publish
 */
public record DeadLetter(ConsumerRecord<byte[], byte[]> original, Stage stage, String reason) {

    public enum Stage { VALIDATION, ENRICHMENT, INDEXING }
}
