package io.liaisoninsight.demo;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Parsing of the corpus' ISO-8601 timestamps in tests. */
final class Times {
    private Times() {
    }

    static Instant instant(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
