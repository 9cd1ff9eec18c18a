package io.liaisoninsight.ui.health;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With neither engine reachable the app still starts, the API says what is down, and the start page
 * is served: the health page exists to tell users exactly this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Port 9 (discard) is closed on a normal machine, so connections are refused at once.
        "spring.elasticsearch.uris=http://127.0.0.1:9",
        "spring.kafka.bootstrap-servers=127.0.0.1:9",
        "liaison.health.kafka-timeout=500ms"})
class HealthWithoutEnginesIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void apiReportsBothEnginesDown() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/health", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode health = response.getBody();
        assertThat(health.at("/elasticsearch/up").asBoolean()).isFalse();
        assertThat(health.at("/elasticsearch/problem").asText()).isNotBlank();
        assertThat(health.at("/kafka/reachable").asBoolean()).isFalse();
        assertThat(health.at("/schema/current").asBoolean()).isFalse();
        assertThat(health.at("/schema/expectedVersion").asInt()).isPositive();
        assertThat(health.path("documents").isNull()).isTrue();
    }

    @Test
    void startPageIsStillServed() {
        assertThat(http.getForEntity("/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void actuatorHealthIsDown() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
