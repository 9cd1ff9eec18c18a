package io.liaisoninsight.ingest.system;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Health component {@code kafka}: UP when the cluster answers a describe-cluster request within a
 * short timeout. Spring Boot has no Kafka indicator. One admin client is kept for the life of the
 * service, so a health poll costs one request, not a new connection.
 */
@Component
class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

    /** Short, so a dead broker cannot stall the health endpoint (and the compose healthcheck) for long. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;

    KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "ingest-health");
        this.admin = Admin.create(config);
    }

    @Override
    public Health health() {
        DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
        try {
            // The request timeout bounds both futures; the extra second only guards against a lost completion.
            long waitMs = TIMEOUT.toMillis() + 1000;
            String clusterId = cluster.clusterId().get(waitMs, TimeUnit.MILLISECONDS);
            int brokers = cluster.nodes().get(waitMs, TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("clusterId", clusterId).withDetail("brokers", brokers).build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", Bootstrap.describe(e.getCause())).build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + TIMEOUT.toSeconds() + "s").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
