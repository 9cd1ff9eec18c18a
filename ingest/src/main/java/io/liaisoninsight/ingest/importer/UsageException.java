package io.liaisoninsight.ingest.importer;

/** The command line cannot be used; the message says what is wrong, the usage follows it. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
