package io.liaisoninsight.ui.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Times as stored in documents: ISO date-times with an offset (ingest) or UTC instants (the UI's own writes). */
public final class StoredTimes {

    private StoredTimes() {
    }

    /** The instant, or null for a missing, blank or unreadable value (a display concern, never an error). */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
