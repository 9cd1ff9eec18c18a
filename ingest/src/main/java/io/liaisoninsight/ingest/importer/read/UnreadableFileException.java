package io.liaisoninsight.ingest.importer.read;

/** The file cannot be read as a whole (missing, wrong format, wrong encoding); the message is for the operator. */
public final class UnreadableFileException extends Exception {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
