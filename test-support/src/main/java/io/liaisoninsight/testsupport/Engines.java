package io.liaisoninsight.testsupport;

/**
 * Addresses of the real engines an integration test talks to.
 *
 * @param elasticsearchUrl e.g. {@code http://127.0.0.1:9200}
 * @param kafkaBootstrap   e.g. {@code 127.0.0.1:9092}
 * @param origin           where they came from (environment, Testcontainers, local engine), for test logs
 */
public record Engines(String elasticsearchUrl, String kafkaBootstrap, String origin) {
}
