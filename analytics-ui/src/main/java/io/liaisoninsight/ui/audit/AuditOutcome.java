package io.liaisoninsight.ui.audit;

/** How an audited action ended. Labels: {@code audit.outcome.NAME}. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused by a rule: out of scope, no permission, locked. */
    DENIED,
    /** Failed for another reason, e.g. a wrong password. */
    FAILURE,
    /** What was asked for does not exist. */
    NOT_FOUND
}
