package io.liaisoninsight.ingest.system;

import io.liaisoninsight.ingest.IngestProperties;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.TemplateResources;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /actuator/info} → {@code ingest}: what this instance works with, for operators. */
@Component
class IngestInfoContributor implements InfoContributor {

    private final IndexNames names;
    private final int schemaVersion;
    private final KafkaTopics topics;
    private final IngestProperties properties;
    private final Bootstrap bootstrap;

    IngestInfoContributor(IndexNames names, KafkaTopics topics, IngestProperties properties, Bootstrap bootstrap) {
        this.names = names;
        this.schemaVersion = new TemplateResources(names).schemaVersion();
        this.topics = topics;
        this.properties = properties;
        this.bootstrap = bootstrap;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> ingest = new LinkedHashMap<>();
        ingest.put("indexPrefix", names.prefix());
        ingest.put("zone", names.zone().getId());
        ingest.put("schemaVersion", schemaVersion);
        ingest.put("topics", topics.names());
        ingest.put("deadLetterTopic", properties.ingest().deadLetterTopicName());
        ingest.put("bootstrap", bootstrap.states());
        builder.withDetail("ingest", ingest);
    }
}
