package io.liaisoninsight.ui.system;

/** One-line technical descriptions of failures, for logs and the health page's detail line. */
public final class Problems {

    private static final int MAX_LENGTH = 300;

    private Problems() {
    }

    /** The root cause's type and message, e.g. {@code ConnectException: Connection refused}. */
    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
    }
}
