package io.liaisoninsight.ui.audit;

import java.time.LocalDate;

/**
 * What the auditor looks for; every part optional.
 *
 * @param user    exact user name
 * @param action  one kind of action
 * @param outcome one outcome
 * @param from    first day (in the app's time zone), inclusive
 * @param to      last day, inclusive
 */
record AuditFilter(String user, AuditAction action, AuditOutcome outcome, LocalDate from, LocalDate to) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    public AuditFilter {
        user = user == null || user.isBlank() ? null : user.strip();
    }
}
