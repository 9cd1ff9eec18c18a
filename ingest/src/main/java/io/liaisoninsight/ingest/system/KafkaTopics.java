package io.liaisoninsight.ingest.system;

import io.liaisoninsight.ingest.IngestProperties;
import io.liaisoninsight.schema.Source;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The topics ingest reads ({@link Source#topic()}) and writes (the dead-letter topic), created when
 * missing. Spring Kafka's {@link KafkaAdmin} would do this once at context start
 * ({@code spring.kafka.admin.auto-create}); that is switched off because it gives up (with a stack
 * trace) when the broker is not up yet. Here it is a {@link StartupStep}, retried until it succeeds.
 * Existing topics are left as they are, except that too few partitions are raised to the configured
 * count.
 */
@Component
public class KafkaTopics implements StartupStep {

    /** How long the reachability check waits for the cluster before this attempt gives up. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaAdmin admin;
    private final List<NewTopic> topics;

    KafkaTopics(KafkaAdmin admin, IngestProperties properties) {
        this.admin = admin;
        this.topics = declare(properties.ingest());
    }

    @Override
    public String target() {
        Object servers = admin.getConfigurationProperties().get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        return servers instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(servers);
    }

    @Override
    public String name() {
        return "kafka-topics";
    }

    @Override
    public void run() throws Exception {
        // KafkaAdmin waits its operation timeout once per topic; against a dead broker one attempt would
        // take a minute. One short describe-cluster call first fails fast with a clear cause.
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            client.describeCluster(new DescribeClusterOptions().timeoutMs((int) REACH_TIMEOUT.toMillis()))
                    .clusterId().get();
        }
        admin.createOrModifyTopics(topics.toArray(NewTopic[]::new));
    }

    /** Names in order: the source topics, then the dead-letter topic. */
    public List<String> names() {
        return topics.stream().map(NewTopic::name).toList();
    }

    static List<NewTopic> declare(IngestProperties.Ingest settings) {
        List<String> names = new ArrayList<>(settings.routing().topics());
        names.add(settings.deadLetterTopicName());
        return names.stream().map(name -> {
            TopicBuilder topic = TopicBuilder.name(name).partitions(settings.topicPartitions());
            if (settings.topicReplicas() != null) {
                topic.replicas(settings.topicReplicas());
            }
            return topic.build();
        }).toList();
    }
}
