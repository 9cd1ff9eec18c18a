package io.liaisoninsight.ingest.importer.mapping;

import io.liaisoninsight.ingest.importer.read.HeaderNames;
import io.liaisoninsight.ingest.importer.read.SourceRow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value built from a row: literal text with placeholders. {@code {信访编号}} is that column's value,
 * {@code {主要内容:20}} its first 20 characters (with "…" when cut), {@code {row}} the row number.
 * Examples: {@code XF-{信访编号}}, {@code RX-2026-{row}}, {@code 12309来电：{诉求内容:30}}.
 * A template gives a value only when every column it names has one, so an empty id column never
 * produces the same id ("XF-") for many rows.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern LENGTH = Pattern.compile("(.*?):(\\d+)");
    private static final String ROW = "row";

    private sealed interface Part permits Literal, Column, RowNumber {
    }

    private record Literal(String text) implements Part {
    }

    private record Column(String name, int maxChars) implements Part {
    }

    private record RowNumber() implements Part {
    }

    private final String text;
    private final List<Part> parts;

    private Template(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    public static Template parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            literal(text.substring(at, m.start()), parts);
            parts.add(placeholder(m.group(1)));
            at = m.end();
        }
        literal(text.substring(at), parts);
        return new Template(text, parts);
    }

    /** The columns the template reads; each must exist in the file. */
    public Set<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        parts.forEach(p -> {
            if (p instanceof Column c) {
                columns.add(c.name());
            }
        });
        return columns;
    }

    public boolean usesRowNumber() {
        return parts.stream().anyMatch(RowNumber.class::isInstance);
    }

    public Optional<String> render(SourceRow row) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal l) {
                out.append(l.text());
            } else if (part instanceof RowNumber) {
                out.append(row.number());
            } else if (part instanceof Column c) {
                String value = row.value(c.name());
                if (value == null) {
                    return Optional.empty();
                }
                out.append(c.maxChars() > 0 && value.codePointCount(0, value.length()) > c.maxChars()
                        ? value.substring(0, value.offsetByCodePoints(0, c.maxChars())) + "…" : value);
            }
        }
        return Optional.of(out.toString());
    }

    @Override
    public String toString() {
        return text;
    }

    private static void literal(String text, List<Part> parts) {
        if (text.contains("{") || text.contains("}")) {
            throw new IllegalArgumentException("模板中的花括号不成对 (unbalanced braces): " + text);
        }
        if (!text.isEmpty()) {
            parts.add(new Literal(text));
        }
    }

    private static Part placeholder(String inside) {
        String name = inside.strip();
        int maxChars = 0;
        Matcher length = LENGTH.matcher(name);
        if (length.matches()) {
            name = length.group(1).strip();
            maxChars = Integer.parseInt(length.group(2));
        }
        return ROW.equals(name) ? new RowNumber() : new Column(HeaderNames.clean(name), maxChars);
    }
}
