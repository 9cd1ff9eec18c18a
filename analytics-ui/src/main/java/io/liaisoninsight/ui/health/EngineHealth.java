package io.liaisoninsight.ui.health;

import io.liaisoninsight.schema.Source;

import java.time.Instant;
import java.util.List;

/**
 * One health check of the engines the app depends on, as shown on the start page and returned by
 * {@code GET /api/health}. Problems are one-line technical details; the page explains them in words.
 *
 * @param checkedAt     when the check ran
 * @param elasticsearch cluster state
 * @param kafka         whether the brokers answer
 * @param schema        installed index schema against the version this build ships
 * @param documents     records per source; null while Elasticsearch is down
 */
public record EngineHealth(Instant checkedAt,
                           Elasticsearch elasticsearch,
                           Kafka kafka,
                           Schema schema,
                           Documents documents) {

    /**
     * @param status cluster status: green, yellow (a replica is unassigned: normal on one node) or red;
     *               null when down
     */
    public record Elasticsearch(boolean up, String address, String clusterName, String status, String version,
                                Integer nodes, String problem) {

        static Elasticsearch up(String address, String clusterName, String status, String version, int nodes) {
            return new Elasticsearch(true, address, clusterName, status, version, nodes, null);
        }

        static Elasticsearch down(String address, String problem) {
            return new Elasticsearch(false, address, null, null, null, null, problem);
        }
    }

    public record Kafka(boolean reachable, String bootstrapServers, String clusterId, Integer brokers, String problem) {
    }

    /**
     * @param installedVersion lowest version among the installed index templates; null if not installed
     *                         or unknown
     */
    public record Schema(int expectedVersion, Long installedVersion, boolean current, String problem) {
    }

    /** @param total sum over the sources */
    public record Documents(List<SourceCount> bySource, long total) {
    }

    /** @param alias the read alias counted, e.g. {@code liaison-petitions} */
    public record SourceCount(Source source, String alias, long count) {
    }
}
