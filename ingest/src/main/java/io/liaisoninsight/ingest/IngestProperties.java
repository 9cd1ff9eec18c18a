package io.liaisoninsight.ingest;

import io.liaisoninsight.schema.IndexNames;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * Settings under {@code liaison.*}. The connection settings of Elasticsearch and Kafka are Spring
 * Boot's own ({@code spring.elasticsearch.*}, {@code spring.kafka.*}), mapped from the
 * {@code LIAISON_*} environment variables in {@code application.properties}.
 *
 * @param index  where records are written in Elasticsearch
 * @param zone   time zone that decides which month (monthly index) a record belongs to;
 *               default {@code Asia/Shanghai}; must be the same in every module
 * @param ingest Kafka topics
 */
@ConfigurationProperties("liaison")
public record IngestProperties(
        @DefaultValue Index index,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue Ingest ingest) {

    /**
     * @param prefix start of every index, alias and template name; default {@code liaison}.
     *               Several deployments (or tests) can share one cluster under different prefixes.
     */
    public record Index(@DefaultValue(IndexNames.DEFAULT_PREFIX) String prefix) {
    }

    /**
     * @param deadLetterTopic topic that receives records which cannot be indexed, with the reason;
     *                        default {@code ingest.dlq}
     * @param topicPartitions partitions of the topics ingest creates when they are missing; default 3.
     *                        The partition count bounds how many ingest instances consume in parallel.
     * @param topicReplicas   replication factor of those topics; unset means the broker's
     *                        {@code default.replication.factor} (1 on a single broker, 3 on a cluster
     *                        configured for it)
     */
    public record Ingest(
            @DefaultValue(DEFAULT_DEAD_LETTER_TOPIC) String deadLetterTopic,
            @DefaultValue("3") int topicPartitions,
            Short topicReplicas) {

        public static final String DEFAULT_DEAD_LETTER_TOPIC = "ingest.dlq";
    }

    /** Index and alias names under the configured prefix and zone; fails on an invalid prefix. */
    public IndexNames indexNames() {
        return new IndexNames(index.prefix(), zone);
    }
}
