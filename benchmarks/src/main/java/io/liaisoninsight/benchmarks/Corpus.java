package io.liaisoninsight.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.demo.CorpusGenerator;
import io.liaisoninsight.demo.CorpusRecord;
import io.liaisoninsight.demo.CorpusSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo corpus, generated once and held in memory: the messages as published (updates of a record
 * included) and, per message, the text smartcn analyses in the index (title and content).
 *
 * @param records   messages in publishing order
 * @param texts     title + "\n" + content of each message
 * @param jsonBytes UTF-8 bytes of all messages' JSON (the MB of every MB/s figure)
 * @param textBytes UTF-8 bytes of all texts
 */
public record Corpus(List<CorpusRecord> records, List<String> texts, long jsonBytes, long textBytes) {

    public static Corpus generate(long seed, long count, ObjectMapper json) {
        List<CorpusRecord> records = new ArrayList<>((int) count);
        new CorpusGenerator(CorpusSettings.of(seed, count)).generate(records::add);
        List<String> texts = new ArrayList<>(records.size());
        long jsonBytes = 0;
        long textBytes = 0;
        for (CorpusRecord r : records) {
            String text = text(r, json);
            texts.add(text);
            jsonBytes += r.json().length;
            textBytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return new Corpus(List.copyOf(records), List.copyOf(texts), jsonBytes, textBytes);
    }

    public int size() {
        return records.size();
    }

    private static String text(CorpusRecord record, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(record.json());
            return node.path("title").asText("") + "\n" + node.path("content").asText("");
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable generated record " + record.id(), e);
        }
    }
}
