package io.liaisoninsight.ingest.record;

import io.liaisoninsight.schema.Source;
import io.liaisoninsight.schema.Urgency;
import io.liaisoninsight.schema.VisitFunction;

import java.time.OffsetDateTime;

/** A liaison officer's visit note (走访记录) from topic visit-notes.v1, normalised. */
public record VisitNote(
        String id,
        OffsetDateTime updatedAt,
        String office,
        String officer,
        String district,
        String township,
        String village,
        OffsetDateTime visitedAt,
        VisitFunction function,
        Urgency urgency,
        String title,
        String content) implements IncomingRecord {

    @Override
    public Source source() {
        return Source.VISIT_NOTE;
    }

    @Override
    public OffsetDateTime occurredAt() {
        return visitedAt;
    }
}
