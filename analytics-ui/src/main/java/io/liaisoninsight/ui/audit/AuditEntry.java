package io.liaisoninsight.ui.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audit entry as read back. Action and outcome stay text so entries written by a newer version
 * (with actions this one does not know) still show.
 *
 * @param details the details object as JSON text
 */
record AuditEntry(String id, Instant at, String user, List<String> roles, List<String> scope, String action,
                         String target, String query, String outcome, String clientAddress, String details) {
}
