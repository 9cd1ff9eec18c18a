package io.liaisoninsight.demo;

import io.liaisoninsight.schema.Source;

import java.nio.charset.StandardCharsets;

/**
 * One message of the corpus: the record's id (the Kafka key) and its JSON (UTF-8), for the source's topic.
 * A record id can occur in several messages (status updates, stale updates).
 */
public record CorpusRecord(Source source, String id, byte[] json) {

    public String jsonText() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
