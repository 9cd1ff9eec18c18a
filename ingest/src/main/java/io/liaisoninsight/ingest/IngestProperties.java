package io.liaisoninsight.ingest;

import io.liaisoninsight.ingest.consume.TopicRouting;
import io.liaisoninsight.ingest.index.ClosedMonthMerge;
import io.liaisoninsight.schema.IndexNames;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
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
 * @param maintenance merging of closed months' indices
 */
@ConfigurationProperties("liaison")
public record IngestProperties(
        @DefaultValue Index index,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue Ingest ingest,
        @DefaultValue Maintenance maintenance) {

    /**
     * @param prefix start of every index, alias and template name; default {@code liaison}.
     *               Several deployments (or tests) can share one cluster under different prefixes.
     */
    public record Index(@DefaultValue(IndexNames.DEFAULT_PREFIX) String prefix) {
    }

    /**
     * @param deadLetterTopic  topic that receives records which cannot be indexed, with the reason;
     *                         default {@code ingest.dlq} (behind {@code topicPrefix})
     * @param topicPrefix      put before every topic name ({@code petitions.v1} …, and the dead-letter
     *                         topic), so several deployments or tests can share a broker; default empty
     * @param topicPartitions  partitions of the topics ingest creates when they are missing; default 3.
     *                         The partition count bounds how many ingest instances consume in parallel.
     * @param topicReplicas    replication factor of those topics; unset means the broker's
     *                         {@code default.replication.factor} (1 on a single broker, 3 on a cluster
     *                         configured for it)
     * @param consumerGroup    Kafka consumer group of all ingest instances; default {@code liaison-ingest}
     * @param maxBatchRecords  records per poll, and so per bulk request; default 500
     * @param maxRecordBytes   larger records are dead-lettered unread; default 262144 (256 KiB)
     * @param identitySecret   key of the keyed hashes that link complainants by ID number and phone.
     *                         Set it per deployment and keep it secret: with it, a hash can be tested
     *                         against a guessed number. The default is for local demos only.
     * @param retryInitial     first wait before retrying a write that failed for a passing reason
     *                         (Elasticsearch down or overloaded); doubled each time; default 500ms
     * @param retryMax         longest wait between retries; default 30s. Retries never give up:
     *                         nothing is skipped and nothing is committed until the batch is stored.
     * @param shutdownGrace    how long a stopping service keeps trying to finish its batch; default 20s
     */
    public record Ingest(
            @DefaultValue(DEFAULT_DEAD_LETTER_TOPIC) String deadLetterTopic,
            @DefaultValue("") String topicPrefix,
            @DefaultValue("3") int topicPartitions,
            Short topicReplicas,
            @DefaultValue("liaison-ingest") String consumerGroup,
            @DefaultValue("500") int maxBatchRecords,
            @DefaultValue("262144") int maxRecordBytes,
            @DefaultValue(DEMO_IDENTITY_SECRET) String identitySecret,
            @DefaultValue("500ms") Duration retryInitial,
            @DefaultValue("30s") Duration retryMax,
            @DefaultValue("20s") Duration shutdownGrace) {

        public static final String DEFAULT_DEAD_LETTER_TOPIC = "ingest.dlq";
        public static final String DEMO_IDENTITY_SECRET = "local-demo-only-change-me";

        /** Topic names of the sources under the configured prefix. */
        public TopicRouting routing() {
            return new TopicRouting(topicPrefix);
        }

        public String deadLetterTopicName() {
            return topicPrefix + deadLetterTopic;
        }
    }

    /**
     * @param mergeAfter    how long after a month ends its record indices are merged into one segment per
     *                      shard ({@code ClosedMonthMerge}); default 7d. Later status updates still land.
     * @param mergeSegments a closed month is merged (again) once a shard holds more segments than this; default 1
     * @param mergeInterval how often ingest looks for closed months to merge (first one minute after start);
     *                      default 6h; 0 turns merging off (e.g. where the cluster's own policy does it)
     * @param mergeQuiet    a closed month is merged only after no record was written to it for this long (it
     *                      may still be loading: an import of old files, a replay); default 1m
     */
    public record Maintenance(
            @DefaultValue(ClosedMonthMerge.DEFAULT_AFTER_TEXT) Duration mergeAfter,
            @DefaultValue(ClosedMonthMerge.DEFAULT_MAX_SEGMENTS_TEXT) int mergeSegments,
            @DefaultValue("6h") Duration mergeInterval,
            @DefaultValue("1m") Duration mergeQuiet) {
    }

    /** Index and alias names under the configured prefix and zone; fails on an invalid prefix. */
    public IndexNames indexNames() {
        return new IndexNames(index.prefix(), zone);
    }
}
