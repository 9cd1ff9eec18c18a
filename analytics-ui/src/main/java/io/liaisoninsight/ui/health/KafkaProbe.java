package io.liaisoninsight.ui.health;

import io.liaisoninsight.ui.system.LiaisonProperties;
import io.liaisoninsight.ui.system.Problems;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.KafkaException;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Asks the Kafka cluster to describe itself. A short-lived admin client per check: a long-lived one
 * would keep reconnecting (and logging) while the brokers are down, for a page nobody is looking at.
 */
@Component
class KafkaProbe {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(1);

    private final Map<String, Object> adminConfig;
    private final Duration timeout;

    /** Takes Boot's {@code spring.kafka.*} admin settings (bootstrap servers, security) from its KafkaAdmin. */
    KafkaProbe(KafkaAdmin kafkaAdmin, LiaisonProperties properties) {
        this.timeout = properties.health().kafkaTimeout();
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        int millis = Math.toIntExact(timeout.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "liaison-ui-health");
        this.adminConfig = Map.copyOf(config);
    }

    EngineHealth.Kafka probe() {
        Object servers = adminConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        String bootstrap = servers instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(servers);
        Admin admin;
        try {
            admin = Admin.create(adminConfig);
        } catch (KafkaException e) {
            // e.g. no bootstrap address resolves
            return new EngineHealth.Kafka(false, bootstrap, null, null, Problems.describe(e));
        }
        try {
            DescribeClusterResult cluster = admin.describeCluster(
                    new DescribeClusterOptions().timeoutMs(Math.toIntExact(timeout.toMillis())));
            long wait = timeout.toMillis() + 500;
            String clusterId = cluster.clusterId().get(wait, TimeUnit.MILLISECONDS);
            int brokers = cluster.nodes().get(wait, TimeUnit.MILLISECONDS).size();
            return new EngineHealth.Kafka(true, bootstrap, clusterId, brokers, null);
        } catch (ExecutionException | TimeoutException e) {
            return new EngineHealth.Kafka(false, bootstrap, null, null, Problems.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new EngineHealth.Kafka(false, bootstrap, null, null, Problems.describe(e));
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }
}
