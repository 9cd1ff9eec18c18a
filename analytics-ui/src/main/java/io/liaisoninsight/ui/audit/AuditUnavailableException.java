package io.liaisoninsight.ui.audit;

/**
 * The audit trail could not be written, so the audited action must not happen (fail closed): a
 * privacy-relevant action without its audit entry would be invisible to the auditors.
 */
public class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
