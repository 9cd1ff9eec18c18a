package io.liaisoninsight.ingest.importer;

/** Why an import stopped before the end of the file, or could not deliver every record. */
public record ImportFailure(ExitCode exitCode, String message) {
}
