package io.liaisoninsight.ui.system;

import io.liaisoninsight.schema.IndexNames;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings under {@code liaison.*}. Elasticsearch and Kafka addresses are Spring Boot's own
 * {@code spring.elasticsearch.uris} and {@code spring.kafka.bootstrap-servers}.
 *
 * @param index  where the records live
 * @param zone   time zone for dates shown to users and for the month a record's index belongs to;
 *               default {@code Asia/Shanghai}
 * @param health engine health checks
 */
@ConfigurationProperties("liaison")
public record LiaisonProperties(@DefaultValue Index index,
                                @DefaultValue("Asia/Shanghai") ZoneId zone,
                                @DefaultValue Health health) {

    /**
     * @param prefix prefix of every index, alias and template name; default {@code liaison}. Must match
     *               the prefix ingest writes with. Lower case letters, digits, {@code -} and {@code _}.
     */
    public record Index(@DefaultValue(IndexNames.DEFAULT_PREFIX) String prefix) {
    }

    /**
     * @param kafkaTimeout how long the health check waits for the Kafka cluster to answer; default 2 s,
     *                     so a page never hangs on a broker that is down
     */
    public record Health(@DefaultValue("2s") Duration kafkaTimeout) {
    }

    /** Index and alias names for this deployment. */
    public IndexNames indexNames() {
        return new IndexNames(index.prefix(), zone);
    }
}
