package io.liaisoninsight.ingest.importer;

/** Kafka cannot be reached, or the topic cannot be made ready, before the import starts. */
public final class BrokerUnavailableException extends Exception {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
