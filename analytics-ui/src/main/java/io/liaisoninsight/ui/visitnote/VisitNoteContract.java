package io.liaisoninsight.ui.visitnote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.liaisoninsight.schema.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The visit-notes contract ingest validates against ({@code record-contracts/visit-notes.v1.schema.json} in
 * index-templates, the same file, the same validator library), with each violation turned into a
 * {@link VisitNoteProblem} naming the field. So the form refuses exactly what ingest would dead-letter.
 */
final class VisitNoteContract {

    /** Same location as ingest's {@code RecordValidator.contractPath(Source.VISIT_NOTE)}. */
    static final String PATH = "record-contracts/" + Source.VISIT_NOTE.topic() + ".schema.json";

    private final JsonSchema schema;
    private final JsonNode properties;

    VisitNoteContract() {
        JsonNode json;
        try (InputStream in = VisitNoteContract.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("record contract missing from the classpath: " + PATH);
            }
            json = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PATH, e);
        }
        this.properties = json.path("properties");
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json, SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build());
    }

    /** The contract's maximum length of a text field, e.g. 200 for {@code title}; 0 if it has none. */
    int maxLength(String field) {
        return properties.path(field).path("maxLength").asInt(0);
    }

    /** Problems in contract order of fields (one per field and kind). */
    List<VisitNoteProblem> check(JsonNode record) {
        Set<VisitNoteProblem> problems = new LinkedHashSet<>();
        for (ValidationMessage message : schema.validate(record)) {
            problems.add(problem(message));
        }
        List<String> order = new ArrayList<>();
        properties.fieldNames().forEachRemaining(order::add);
        List<VisitNoteProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((VisitNoteProblem p) -> order.indexOf(p.field()) < 0 ? Integer.MAX_VALUE
                : order.indexOf(p.field())).thenComparing(p -> p.kind().ordinal()));
        return List.copyOf(sorted);
    }

    private VisitNoteProblem problem(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        String field = location.startsWith("$.") ? location.substring(2) : location;
        String type = message.getType();
        if ("required".equals(type) && message.getProperty() != null) {
            return new VisitNoteProblem(message.getProperty(), VisitNoteProblem.Kind.REQUIRED, 0);
        }
        return switch (type) {
            case "minLength" -> new VisitNoteProblem(field, VisitNoteProblem.Kind.REQUIRED, 0);
            case "maxLength" -> new VisitNoteProblem(field, VisitNoteProblem.Kind.TOO_LONG, maxLength(field));
            default -> new VisitNoteProblem(field, VisitNoteProblem.Kind.INVALID, 0);
        };
    }
}
