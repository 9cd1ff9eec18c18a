package io.liaisoninsight.ingest.importer.mapping;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates a source system's wording into contract values: 来信 → LETTER, 已办结 → CLOSED. A key
 * may map to {@code null} ("无" → no value). Keys match after trimming, without spaces and with
 * full-width digits and letters as ASCII (１２３０９ is 12309). A value that already is one of the
 * contract values passes unchanged, so a file that mixes both needs no extra entries.
 */
public final class ValueMap {

    private final Map<String, String> entries = new LinkedHashMap<>();
    private final Set<String> targets = new HashSet<>();

    public ValueMap(Map<String, String> entries) {
        entries.forEach((key, value) -> this.entries.put(key(key), value));
        entries.values().stream().filter(v -> v != null).forEach(targets::add);
    }

    /** The outcome for one value: known (possibly to "no value", {@code null}) or not. */
    public record Translation(boolean known, String value) {
    }

    public Translation translate(String raw) {
        String key = key(raw);
        if (entries.containsKey(key)) {
            return new Translation(true, entries.get(key));
        }
        String upper = key.toUpperCase(Locale.ROOT);
        return targets.contains(upper) ? new Translation(true, upper) : new Translation(false, null);
    }

    /** The source wordings, for a message that lists what the mapping knows. */
    public Collection<String> keys() {
        return entries.keySet();
    }

    public Collection<String> targets() {
        return targets;
    }

    static String key(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.strip().codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                out.append((char) (c - 0xFEE0));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
