package io.liaisoninsight.ingest.read;

import io.liaisoninsight.ingest.record.IncomingRecord;
import io.liaisoninsight.ingest.validate.Violation;

import java.util.List;

/** The outcome of reading one Kafka record: a normalised record, or the violations that reject it. */
public record RecordReading(IncomingRecord record, List<Violation> violations) {

    public RecordReading {
        violations = List.copyOf(violations);
    }

    public static RecordReading accepted(IncomingRecord record) {
        return new RecordReading(record, List.of());
    }

    public static RecordReading rejected(List<Violation> violations) {
        return new RecordReading(null, violations);
    }

    public boolean accepted() {
        return record != null;
    }

    /** All violations in one line, for the dead-letter reason. */
    public String reason() {
        return String.join("; ", violations.stream().map(Violation::toString).toList());
    }
}
