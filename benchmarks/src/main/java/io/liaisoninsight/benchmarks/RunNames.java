package io.liaisoninsight.benchmarks;

import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.TestCleanup;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Fresh names for one run, so a benchmark never touches real data or an earlier run:
 * index prefix {@code bench-3f9a1c2b}, topics {@code bench-3f9a1c2b.petitions.v1} …, consumer group
 * {@code bench-3f9a1c2b-ingest}.
 */
public record RunNames(String indexPrefix) {

    public static RunNames random() {
        return new RunNames("bench-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public String topicPrefix() {
        return indexPrefix + ".";
    }

    public String consumerGroup() {
        return indexPrefix + "-ingest";
    }

    /** Deletes the indices and templates, topics and consumer group of this run; reports, never throws. */
    public void cleanUp(Engines engines) {
        try {
            TestCleanup.dropSchema(engines, indexPrefix);
            TestCleanup.deleteTopics(engines, topicPrefix());
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap()))) {
                boolean exists = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                        .anyMatch(g -> g.groupId().equals(consumerGroup()));
                if (exists) {
                    admin.deleteConsumerGroups(List.of(consumerGroup())).all().get(30, TimeUnit.SECONDS);
                }
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            System.err.println("clean-up of " + indexPrefix + " incomplete: " + e);
        }
    }
}
