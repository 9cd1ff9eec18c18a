package io.liaisoninsight.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.schema.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A corpus generated into memory, with its messages parsed, for assertions. */
final class GeneratedCorpus {

    /** One message as emitted, parsed. */
    record Message(int position, Source source, String id, JsonNode json, byte[] bytes) {
        String text(String field) {
            JsonNode v = json.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    final CorpusSettings settings;
    final GroundTruth truth;
    final List<Message> messages = new ArrayList<>();
    /** All messages of each id, in emission order. */
    final Map<String, List<Message>> byId = new LinkedHashMap<>();

    GeneratedCorpus(CorpusSettings settings) {
        this.settings = settings;
        ObjectMapper mapper = new ObjectMapper();
        this.truth = new CorpusGenerator(settings).generate(r -> {
            try {
                Message m = new Message(messages.size(), r.source(), r.id(), mapper.readTree(r.json()), r.json());
                messages.add(m);
                byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The message that wins: the newest updatedAt (the last one of those, on a tie). */
    Message finalVersion(String id) {
        Message best = null;
        for (Message m : byId.get(id)) {
            if (best == null
                    || !Times.instant(m.text("updatedAt")).isBefore(Times.instant(best.text("updatedAt")))) {
                best = m;
            }
        }
        return best;
    }

    List<Message> finalVersions(Source source) {
        return byId.entrySet().stream().filter(e -> e.getValue().get(0).source() == source)
                .map(e -> finalVersion(e.getKey())).toList();
    }
}
