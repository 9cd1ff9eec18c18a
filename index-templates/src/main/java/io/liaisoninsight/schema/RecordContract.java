package io.liaisoninsight.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A source's versioned record contract, the JSON Schema {@code record-contracts/<topic>.schema.json}: what
 * ingest validates every incoming record against, and what the visit-note form and the importers check
 * before publishing, so all refuse the same records with the same words. Immutable and thread-safe.
 */
public final class RecordContract {

    private final Source source;
    private final JsonNode definition;
    private final JsonSchema schema;

    private RecordContract(Source source, JsonNode definition) {
        this.source = source;
        this.definition = definition;
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(definition, SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build());
    }

    /** The classpath location of a source's contract, e.g. {@code record-contracts/petitions.v1.schema.json}. */
    public static String path(Source source) {
        return "record-contracts/" + source.topic() + ".schema.json";
    }

    public static RecordContract of(Source source) {
        String path = path(source);
        try (InputStream in = RecordContract.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("record contract missing from the classpath: " + path);
            }
            return new RecordContract(source, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public Source source() {
        return source;
    }

    /** The schema as written. */
    public JsonNode definition() {
        return definition;
    }

    /** The record's own fields in the contract's order. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        definition.path("properties").fieldNames().forEachRemaining(fields::add);
        return List.copyOf(fields);
    }

    /** The contract's maximum length of a top-level text field, e.g. 200 for {@code title}; 0 if it has none. */
    public int maxLength(String field) {
        return definition.path("properties").path(field).path("maxLength").asInt(0);
    }

    /** Everything wrong with the record, ordered by field; empty if it keeps the contract. */
    public List<ContractViolation> check(JsonNode record) {
        return schema.validate(record).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ContractViolation::of)
                .toList();
    }
}
