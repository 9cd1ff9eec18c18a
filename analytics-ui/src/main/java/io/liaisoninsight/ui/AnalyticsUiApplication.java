package io.liaisoninsight.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The analyst and leadership web app: Vaadin Flow views over the Elasticsearch indices that ingest
 * fills. Code is packaged by feature ({@code health}, {@code record}, {@code audit}, later {@code search},
 * {@code hotspot}, …); {@code system} holds what every feature shares (settings, messages, schema set-up,
 * layout). {@code security} is the mechanism every feature reads records through: the signed-in
 * {@code CurrentUser} and its {@code Scope}, {@code ScopedSearch}, {@code Masking}; {@code audit} is the
 * append-only {@code AuditLog}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnalyticsUiApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnalyticsUiApplication.class, args);
    }
}
