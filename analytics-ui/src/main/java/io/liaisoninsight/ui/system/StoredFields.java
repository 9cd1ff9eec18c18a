package io.liaisoninsight.ui.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Values as stored in documents, read leniently for display: text of a field, and times, which are ISO
 * date-times with an offset (ingest) or UTC instants (the UI's own writes).
 */
public final class StoredFields {

    private StoredFields() {
    }

    /** The field's value as text, or null when the document or the field is missing or null. */
    public static String text(JsonNode document, String field) {
        JsonNode value = document == null ? null : document.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The field's time (see {@link #instant(String)}). */
    public static Instant instant(JsonNode document, String field) {
        return instant(text(document, field));
    }

    /** The instant, or null for a missing, blank or unreadable value (a display concern, never an error). */
    public static Instant instant(String text) {
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
