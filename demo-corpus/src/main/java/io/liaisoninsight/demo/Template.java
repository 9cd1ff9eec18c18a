package io.liaisoninsight.demo;

import java.util.ArrayList;
import java.util.List;

/** A sentence with {@code {slot}} placeholders, parsed once so rendering a million records stays cheap. */
final class Template {

    /** Supplies the text of a slot for the record being written. */
    interface Slots {
        void fill(String slot, StringBuilder out);
    }

    private final String source;
    private final String[] literals;
    private final String[] slots;

    private Template(String source, String[] literals, String[] slots) {
        this.source = source;
        this.literals = literals;
        this.slots = slots;
    }

    static Template parse(String source) {
        List<String> literals = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = source.indexOf('{', from);
            if (open < 0) {
                literals.add(source.substring(from));
                break;
            }
            int close = source.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed slot in: " + source);
            }
            literals.add(source.substring(from, open));
            slots.add(source.substring(open + 1, close));
            from = close + 1;
        }
        return new Template(source, literals.toArray(String[]::new), slots.toArray(String[]::new));
    }

    static List<Template> parseAll(List<String> sources) {
        return sources.stream().map(Template::parse).toList();
    }

    void render(StringBuilder out, Slots values) {
        for (int i = 0; i < slots.length; i++) {
            out.append(literals[i]);
            values.fill(slots[i], out);
        }
        out.append(literals[slots.length]);
    }

    String render(Slots values) {
        StringBuilder b = new StringBuilder(source.length() + 32);
        render(b, values);
        return b.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
