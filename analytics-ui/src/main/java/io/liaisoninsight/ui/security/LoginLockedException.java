package io.liaisoninsight.ui.security;

import org.springframework.security.authentication.LockedException;

/**
 * Login refused by {@link LoginThrottle}. A {@link LockedException} (an account-status exception) so
 * Spring's provider manager stops here instead of asking another provider.
 */
class LoginLockedException extends LockedException {

    private final boolean justLocked;

    LoginLockedException(boolean justLocked) {
        super(justLocked ? "too many failed logins: locked now" : "locked after too many failed logins");
        this.justLocked = justLocked;
    }

    /** True for the failure that caused the lock, false for attempts during it. */
    boolean justLocked() {
        return justLocked;
    }
}
