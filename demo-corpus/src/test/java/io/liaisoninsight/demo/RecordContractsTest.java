package io.liaisoninsight.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.liaisoninsight.schema.Source;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message of a 5,000-message run is valid against the record contracts of index-templates. */
class RecordContractsTest {

    @Test
    void everyMessageValidatesAgainstItsSchema() throws IOException {
        Map<Source, JsonSchema> schemas = new EnumMap<>(Source.class);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (Source source : Source.values()) {
            String resource = "record-contracts/" + source.slug() + ".v1.schema.json";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                schemas.put(source, factory.getSchema(in));
            }
        }
        GeneratedCorpus corpus = new GeneratedCorpus(CorpusSettings.of(5, 5_000));
        int checked = 0;
        for (GeneratedCorpus.Message m : corpus.messages) {
            JsonNode json = m.json();
            Set<ValidationMessage> errors = schemas.get(m.source()).validate(json);
            assertThat(errors).as("%s %s", m.id(), json).isEmpty();
            checked++;
        }
        assertThat(checked).isEqualTo(5_000);
    }

    @Test
    void idNumbersOnRecordsPassTheChecksum() {
        GeneratedCorpus corpus = new GeneratedCorpus(CorpusSettings.of(5, 2_000));
        long seen = corpus.messages.stream().filter(m -> m.source() == Source.PETITION)
                .flatMap(m -> m.json().has("complainants") ? elements(m.json().get("complainants")) : Stream.empty())
                .filter(c -> c.has("idNumber"))
                .peek(c -> assertThat(IdNumbers.valid(c.get("idNumber").asText())).as(c.toString()).isTrue())
                .peek(c -> assertThat(c.get("idNumber").asText()).startsWith("62"))
                .count();
        assertThat(seen).isGreaterThan(500);
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
