package io.liaisoninsight.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.RecordContract;
import io.liaisoninsight.schema.Source;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message of a 5,000-message run is valid against the record contracts of index-templates. */
class RecordContractsTest {

    @Test
    void everyMessageValidatesAgainstItsSchema() {
        Map<Source, RecordContract> contracts = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            contracts.put(source, RecordContract.of(source));
        }
        GeneratedCorpus corpus = new GeneratedCorpus(CorpusSettings.of(5, 5_000));
        int checked = 0;
        for (GeneratedCorpus.Message m : corpus.messages) {
            JsonNode json = m.json();
            assertThat(contracts.get(m.source()).check(json)).as("%s %s", m.id(), json).isEmpty();
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
