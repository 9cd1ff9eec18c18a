package io.liaisoninsight.ingest.consume;

import io.liaisoninsight.schema.Source;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The topic each source is read from: {@link Source#topic()} behind an optional prefix, so tests and
 * several deployments can share one broker (prefix {@code it-1234.} gives {@code it-1234.petitions.v1}).
 */
public record TopicRouting(String prefix) {

    public TopicRouting {
        prefix = prefix == null ? "" : prefix;
    }

    public String topic(Source source) {
        return prefix + source.topic();
    }

    public List<String> topics() {
        return Arrays.stream(Source.values()).map(this::topic).toList();
    }

    public Optional<Source> source(String topic) {
        return Optional.ofNullable(byTopic().get(topic));
    }

    private Map<String, Source> byTopic() {
        return Arrays.stream(Source.values()).collect(Collectors.toMap(this::topic, Function.identity()));
    }
}
