package io.liaisoninsight.ingest.importer;

/** How an import ended, as the process exit status scripts check. */
public enum ExitCode {
    /** The file was processed; rejected rows, if any, are in the summary and the rejected-rows file. */
    DONE(0),
    /** A fault of the importer itself; the message names it. */
    INTERNAL(1),
    /** Bad arguments, a bad mapping file, or a file whose columns do not fit the mapping. */
    USAGE(2),
    /** The file is missing, not of the expected format, or not in the expected encoding. */
    UNREADABLE_FILE(3),
    /** The broker could not be reached or did not confirm every record. */
    BROKER(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
