package io.liaisoninsight.ingest.importer.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A contract field as a mapping names it: {@code title}, {@code reach.views}, {@code complainants[0].name},
 * or {@code complainants[].name} — "one element per value", for a cell that lists several people.
 */
public record FieldPath(List<Segment> segments) {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d*)])?");

    /** One step of the path; {@code index} is {@link #NONE}, {@link #EACH} ({@code []}) or a position. */
    public record Segment(String name, int index) {
        public static final int NONE = -1;
        public static final int EACH = -2;

        @Override
        public String toString() {
            return switch (index) {
                case NONE -> name;
                case EACH -> name + "[]";
                default -> name + "[" + index + "]";
            };
        }
    }

    public FieldPath {
        segments = List.copyOf(segments);
    }

    public static FieldPath parse(String text) {
        List<Segment> segments = new ArrayList<>();
        for (String part : text.strip().split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("字段名格式不对 (bad field name) \"" + text
                        + "\"，应如 title、reach.views、complainants[0].name、complainants[].name");
            }
            int index = m.group(2) == null ? Segment.NONE : m.group(2).isEmpty() ? Segment.EACH : Integer.parseInt(m.group(2));
            segments.add(new Segment(m.group(1), index));
        }
        return new FieldPath(segments);
    }

    /** Whether the path has an {@code []} step, to be filled once per value of a split cell. */
    public boolean repeated() {
        return segments.stream().anyMatch(s -> s.index() == Segment.EACH);
    }

    /** This path with its {@code []} step at the given position. */
    public FieldPath at(int position) {
        return new FieldPath(segments.stream()
                .map(s -> s.index() == Segment.EACH ? new Segment(s.name(), position) : s).toList());
    }

    /** The path with every position as {@code []}: the shape the contract describes. */
    public String pattern() {
        return segments.stream().map(s -> s.index() == Segment.NONE ? s.name() : s.name() + "[]")
                .collect(Collectors.joining("."));
    }

    @Override
    public String toString() {
        return segments.stream().map(Segment::toString).collect(Collectors.joining("."));
    }
}
