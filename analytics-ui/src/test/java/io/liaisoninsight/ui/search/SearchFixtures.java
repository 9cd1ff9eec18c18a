package io.liaisoninsight.ui.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.demo.CorpusGenerator;
import io.liaisoninsight.demo.CorpusSettings;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.ui.testing.Records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records for search tests: planted cases with known answers, on a background of demo-corpus records. */
final class SearchFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchFixtures() {
    }

    /**
     * The demo corpus's records as ingest would index them, minus enrichment: last version per id, with
     * {@code source}, {@code occurredAt} (the source's own time) and {@code ingestedAt}.
     */
    static List<Map<String, Object>> demoCorpus(long seed, int messages) {
        Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
        try (var sink = (io.liaisoninsight.demo.RecordSink) record -> {
            try {
                Map<String, Object> doc = JSON.readValue(record.json(), new TypeReference<LinkedHashMap<String, Object>>() {
                });
                Source source = record.source();
                doc.put(Fields.SOURCE, source.name());
                doc.put(Fields.OCCURRED_AT, doc.get(source.eventTimeField()));
                doc.put(Fields.INGESTED_AT, doc.get(Fields.UPDATED_AT));
                latest.put(record.id(), doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }) {
            new CorpusGenerator(CorpusSettings.of(seed, messages)).generate(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(latest.values());
    }

    /** A petition with the fields search shows. */
    static Map<String, Object> petition(String id, Instant at, String district, String township, String title,
                                        String content) {
        Map<String, Object> r = Records.petition(id, at, district, township, title, content,
                List.of(Map.of("name", "某某")));
        r.put(Fields.INGESTED_AT, at.toString());
        return r;
    }

    static Map<String, Object> media(String id, Instant at, String district, String title, String content) {
        Map<String, Object> r = Records.record(id, Source.MEDIA_REPORT, at, district, null, title, content);
        r.put(Fields.INGESTED_AT, at.toString());
        return r;
    }

    static Map<String, Object> with(Map<String, Object> record, String field, Object value) {
        record.put(field, value);
        return record;
    }
}
