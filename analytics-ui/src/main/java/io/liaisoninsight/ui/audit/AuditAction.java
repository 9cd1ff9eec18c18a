package io.liaisoninsight.ui.audit;

/**
 * What an audit entry records. Stored by name in the audit index; never rename a constant (old entries
 * keep the old name), only add. Each has a label in the message bundles ({@code audit.action.NAME}).
 */
public enum AuditAction {
    LOGIN_SUCCESS,
    /** Wrong user name or password, or a single-sign-on user without our roles. */
    LOGIN_FAILURE,
    /** This failure locked the user name and address for a while. */
    LOGIN_LOCKOUT,
    /** A login attempt refused because the user name and address are locked. */
    LOGIN_LOCKED,
    LOGOUT,
    /** A search that returned records (query and filters in the entry); aggregations alone are not audited. */
    SEARCH,
    /** One record opened (detail page or {@code GET /api/records/{id}}). */
    RECORD_VIEW,
    /** Full ID or phone numbers revealed. */
    UNMASK,
    /** A complainant profile opened. */
    PROFILE_VIEW,
    /** Data leaving the system: CSV, XLSX, PDF, PNG; the target says which export. */
    EXPORT,
    /** A decision or follow-up recorded at a risk-assessment meeting. */
    MEETING_DECISION,
    /** The audit trail itself was searched. */
    AUDIT_SEARCH,
    /** A page or function the user's role does not allow. */
    ACCESS_DENIED,
    /** An administrator changed a setting kept in Elasticsearch (e.g. the search synonym dictionary). */
    CONFIGURATION_CHANGE,
    /** A liaison officer submitted a visit note to Kafka (target: the note's id; details: office, topic, offset). */
    VISIT_NOTE_SUBMITTED,
    /** A risk-assessment meeting created (target: its id; details: title, period, districts). */
    MEETING_CREATED
}
