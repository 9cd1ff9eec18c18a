package io.liaisoninsight.ingest.validate;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a record against its versioned contract, the JSON Schemas in index-templates
 * ({@code record-contracts/<source>.v1.schema.json}), naming every offending field and the problem.
 */
public final class RecordValidator {

    private final Map<Source, JsonSchema> schemas = new EnumMap<>(Source.class);

    public RecordValidator() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        for (Source source : Source.values()) {
            String path = contractPath(source);
            try (InputStream in = RecordValidator.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("record contract missing from the classpath: " + path);
                }
                schemas.put(source, factory.getSchema(in, config));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    /** The classpath location of a source's contract, e.g. {@code record-contracts/petitions.v1.schema.json}. */
    public static String contractPath(Source source) {
        return "record-contracts/" + source.topic() + ".schema.json";
    }

    public List<Violation> validate(Source source, JsonNode record) {
        return schemas.get(source).validate(record).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(RecordValidator::toViolation)
                .toList();
    }

    private static Violation toViolation(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        String field = location.startsWith("$.") ? location.substring(2) : location;
        if (message.getProperty() != null && ("required".equals(message.getType())
                || "additionalProperties".equals(message.getType()))) {
            field = "$".equals(field) ? message.getProperty() : field + "." + message.getProperty();
        }
        String text = message.getMessage();
        // The library prefixes the location; the field is already named separately.
        String problem = text.startsWith(location + ": ") ? text.substring(location.length() + 2) : text;
        return new Violation(field, problem);
    }
}
