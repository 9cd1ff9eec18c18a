package io.liaisoninsight.ui.meeting;

import java.time.Instant;
import java.util.List;

/**
 * A risk-assessment review meeting (研判会商): a period, a scope (labels inside its creator's scope) and the
 * decisions taken. Only users whose scope covers every label may open it.
 *
 * @param seqNo       Elasticsearch sequence number of the version read (optimistic concurrency)
 * @param primaryTerm Elasticsearch primary term of the version read
 */
public record Meeting(String id, String title, Period period, List<String> scope, String createdBy, Instant createdAt,
                      List<Decision> decisions, long seqNo, long primaryTerm) {

    public Meeting {
        scope = List.copyOf(scope);
        decisions = List.copyOf(decisions);
    }

    /** Longest title kept. */
    public static final int MAX_TITLE = 200;
}
