package io.liaisoninsight.ingest.importer.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.RecordContract;
import io.liaisoninsight.schema.Source;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields a source's contract (its JSON Schema in index-templates) allows and whether each holds
 * text or a whole number. Read from the schema itself, so a mapping is checked against the same
 * contract the service validates with, and the two cannot drift.
 */
public final class ContractFields {

    /**
     * What a field holds. Enums are text here (the validator checks the allowed values); a time is a text
     * field named {@code …At}, the convention of every contract ({@code receivedAt}, {@code updatedAt} …).
     */
    public enum Kind { TEXT, INTEGER, TIME }

    private final Source source;
    private final Map<String, Kind> fields;

    private ContractFields(Source source, Map<String, Kind> fields) {
        this.source = source;
        this.fields = fields;
    }

    public static ContractFields of(Source source) {
        Map<String, Kind> fields = new TreeMap<>();
        collect("", RecordContract.of(source).definition(), fields);
        return new ContractFields(source, fields);
    }

    public Source source() {
        return source;
    }

    public Optional<Kind> kind(FieldPath field) {
        return Optional.ofNullable(fields.get(field.pattern()));
    }

    /** Every field, e.g. {@code complainants[].name}, for messages that list the choices. */
    public Set<String> names() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    private static void collect(String prefix, JsonNode schema, Map<String, Kind> into) {
        schema.path("properties").fields().forEachRemaining(property -> {
            String name = prefix + property.getKey();
            JsonNode spec = property.getValue();
            switch (spec.path("type").asText()) {
                case "object" -> collect(name + ".", spec, into);
                case "array" -> {
                    JsonNode items = spec.path("items");
                    if ("object".equals(items.path("type").asText())) {
                        collect(name + "[].", items, into);
                    } else {
                        into.put(name + "[]", kindOf(property.getKey(), items));
                    }
                }
                default -> into.put(name, kindOf(property.getKey(), spec));
            }
        });
    }

    private static Kind kindOf(String name, JsonNode spec) {
        String type = spec.path("type").asText();
        if ("integer".equals(type)) {
            return Kind.INTEGER;
        }
        return "string".equals(type) && name.endsWith("At") ? Kind.TIME : Kind.TEXT;
    }
}
