package io.liaisoninsight.ingest.importer.mapping;

/** The mapping file cannot be used, or does not fit the file; the message tells the operator what to change. */
public final class MappingException extends Exception {

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
