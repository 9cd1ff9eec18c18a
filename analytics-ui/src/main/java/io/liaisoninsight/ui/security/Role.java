package io.liaisoninsight.ui.security;

/**
 * What a user may do. Roles gate features (views, endpoints); which records a reader sees is decided
 * separately by their {@link Scope}.
 */
public enum Role {
    /** Dashboards, hot spots, risk board, meetings. */
    LEADER,
    /** Full-text search, reading records, saved searches. */
    ANALYST,
    /** Records of their own township office; writes visit notes. */
    LIAISON_OFFICER,
    /** Reads and exports the audit trail; no record access. */
    AUDITOR,
    /** Sees the configured users and system state; no record access. */
    ADMIN;

    /** Compile-time names for {@code @RolesAllowed}, which needs constants. */
    public static final class Names {
        private Names() {
        }

        public static final String LEADER = "LEADER";
        public static final String ANALYST = "ANALYST";
        public static final String LIAISON_OFFICER = "LIAISON_OFFICER";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";
    }

    /**
     * Roles whose holders read records at all. Everyone else gets an empty scope whatever their
     * configuration says, so an auditor or administrator cannot read citizens' records by mistake.
     */
    public boolean readsRecords() {
        return this == LEADER || this == ANALYST || this == LIAISON_OFFICER;
    }

    /** Spring Security authority, e.g. {@code ROLE_ANALYST}, which {@code @RolesAllowed("ANALYST")} checks. */
    public String authority() {
        return "ROLE_" + name();
    }
}
