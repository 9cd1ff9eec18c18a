package io.liaisoninsight.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a highlight fragment ({@code html}-encoded text with {@code <em>} around matches) into plain
 * text segments, so views render matches as elements and never insert the record's text as HTML.
 */
final class Highlights {

    private static final Pattern TAG = Pattern.compile("</?em>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    /** @param highlighted a match of the query */
    record Segment(String text, boolean highlighted) {
    }

    private Highlights() {
    }

    /** Segments of one fragment; adjacent matches are merged (禹/晓/琳 from the exact field read as one). */
    static List<Segment> segments(String fragment) {
        List<Segment> segments = new ArrayList<>();
        Matcher tag = TAG.matcher(fragment);
        int at = 0;
        boolean inside = false;
        while (tag.find()) {
            add(segments, unescape(fragment.substring(at, tag.start())), inside);
            inside = !tag.group().startsWith("</");
            at = tag.end();
        }
        add(segments, unescape(fragment.substring(at)), inside);
        return List.copyOf(segments);
    }

    /** Plain text of a record field as one unhighlighted segment. */
    static List<Segment> plain(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, false));
    }

    /** The distinct matched words of some fragments, in order: why a record matched. */
    static List<String> matchedTerms(List<String> fragments) {
        List<String> terms = new ArrayList<>();
        for (String fragment : fragments) {
            for (Segment s : segments(fragment)) {
                if (s.highlighted() && !terms.contains(s.text())) {
                    terms.add(s.text());
                }
            }
        }
        return terms;
    }

    private static void add(List<Segment> segments, String text, boolean highlighted) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).highlighted() == highlighted) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(last.text() + text, highlighted));
        } else {
            segments.add(new Segment(text, highlighted));
        }
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int cp = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                            : Integer.parseInt(entity.substring(1));
                    yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
