package io.liaisoninsight.ui.security;

/**
 * A request the user's scope or permissions do not allow. Already written to the audit trail when
 * thrown; REST answers 403, views show the "no permission" page. The message key explains it to the user.
 */
public class NotPermittedException extends RuntimeException {

    public enum Reason {
        /** The record lies outside the user's districts/townships. */
        OUT_OF_SCOPE,
        /** Unmasking without the unmask permission. */
        NO_UNMASK_PERMISSION,
        /** The function needs a role the user does not have. */
        ROLE_REQUIRED
    }

    private final Reason reason;

    public NotPermittedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Message bundle key of the explanation shown to the user. */
    public String messageKey() {
        return "denied." + reason.name();
    }
}
