package io.liaisoninsight.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.demo.CorpusRecord;
import io.liaisoninsight.ingest.IngestProperties;
import io.liaisoninsight.ingest.enrich.Enricher;
import io.liaisoninsight.ingest.enrich.Enrichment;
import io.liaisoninsight.ingest.index.DocumentBuilder;
import io.liaisoninsight.ingest.index.PendingWrite;
import io.liaisoninsight.ingest.normalise.RecordNormaliser;
import io.liaisoninsight.ingest.normalise.Timestamps;
import io.liaisoninsight.ingest.read.RecordReader;
import io.liaisoninsight.ingest.read.RecordReading;
import io.liaisoninsight.ingest.validate.RecordValidator;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The documents the pipeline stores, built before any timing with the pipeline's own {@link RecordReader},
 * {@link Enricher} and {@link DocumentBuilder}, each as its bulk lines (action + source, NDJSON). The two
 * fields the batch steps add from the index (duplicate group, complainant identity ids) get stand-ins of
 * the same shape: the record's own id as its group, one identity id per complainant.
 *
 * @param writes      per accepted message, in publishing order
 * @param distinctIds distinct record ids among accepted messages (the final document count)
 * @param rejected    messages the reader refused (the pipeline dead-letters them)
 */
public record StoredDocuments(List<Write> writes, int distinctIds, int rejected) {

    private static final String PREFIX = "prefix";

    /**
     * One index operation as the pipeline's bulk writer sends it (external version, {@code external_gte}).
     *
     * @param indexSuffix the monthly index without the prefix, e.g. {@code -petitions-2026.05}
     * @param source      the document's JSON
     */
    public record Write(String indexSuffix, String id, long version, byte[] source) {

        /** The action and source lines of this write for an index prefix. */
        public void appendTo(ByteArrayOutputStream body, String prefix) {
            StringBuilder action = new StringBuilder(128).append("{\"index\":{\"_index\":\"").append(prefix)
                    .append(indexSuffix).append("\",\"_id\":\"");
            JsonStringEncoder.getInstance().quoteAsString(id, action);
            action.append("\",\"version\":").append(version).append(",\"version_type\":\"external_gte\"}}\n");
            body.writeBytes(action.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(source);
            body.write('\n');
        }
    }

    public static StoredDocuments build(Corpus corpus, ZoneId zone, ObjectMapper json) {
        Preparer preparer = new Preparer(zone, json);
        Write[] writes = new Write[corpus.size()];
        IntStream.range(0, corpus.size()).parallel()
                .forEach(i -> writes[i] = preparer.prepare(corpus.records().get(i)));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < writes.length; i++) {
            if (writes[i] != null) {
                ids.add(corpus.records().get(i).id());
            }
        }
        List<Write> accepted = Arrays.stream(writes).filter(Objects::nonNull).toList();
        return new StoredDocuments(accepted, ids.size(), corpus.size() - accepted.size());
    }

    /**
     * Turns one generated message into the write the pipeline would make (or null when its reader refuses
     * the message); thread-safe, so a caller can stream the corpus in chunks instead of holding it.
     */
    public static final class Preparer {

        private final RecordReader reader;
        private final Enricher enricher;
        private final DocumentBuilder builder;
        private final ObjectMapper json;

        public Preparer(ZoneId zone, ObjectMapper json) {
            IndexNames names = new IndexNames(PREFIX, zone);
            Clock clock = Clock.systemUTC();
            this.reader = new RecordReader(json, new RecordValidator(),
                    new RecordNormaliser(new Timestamps(names.zone(), clock)), 262_144);
            this.enricher = Enricher.standard(
                    IngestProperties.Ingest.DEMO_IDENTITY_SECRET.getBytes(StandardCharsets.UTF_8));
            this.builder = new DocumentBuilder(json, names, clock);
            this.json = json;
        }

        /** The write of {@code message}, or null if the pipeline's reader refuses it. */
        public Write prepare(CorpusRecord message) {
            RecordReading reading = reader.read(message.source(), message.json());
            if (!reading.accepted()) {
                return null;
            }
            Enrichment enrichment = enricher.enrich(reading.record());
            return write(builder.build(reading.record(), enrichment), enrichment, json);
        }
    }

    /** Shaped like the complainant linker's ids: derived from the person's smallest key. */
    private static String identityId(String key) {
        return "cp-" + key.substring(0, Math.min(20, key.length()));
    }

    private static Write write(PendingWrite write, Enrichment enrichment, ObjectMapper json) {
        ObjectNode doc = write.document();
        if (enrichment.fingerprint() != null) {
            doc.put(Fields.DUPLICATE_GROUP, write.id());
        }
        if (!enrichment.identityKeys().isEmpty()) {
            ArrayNode identities = doc.putArray(Fields.IDENTITY_IDS);
            enrichment.identityKeys().stream()
                    .collect(Collectors.groupingBy(Enrichment.IdentityKey::complainantIndex, TreeMap::new,
                            Collectors.mapping(Enrichment.IdentityKey::key, Collectors.minBy(String::compareTo))))
                    .values().forEach(key -> identities.add(identityId(key.orElseThrow())));
        }
        try {
            return new Write(write.index().substring(PREFIX.length()), write.id(), write.version(),
                    json.writeValueAsBytes(doc));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
