package io.liaisoninsight.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The analyst and leadership web app: Vaadin Flow views over the Elasticsearch indices that ingest
 * fills. Code is packaged by feature ({@code health}, later {@code search}, {@code hotspot}, …);
 * {@code system} holds what every feature shares (settings, messages, schema set-up).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnalyticsUiApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnalyticsUiApplication.class, args);
    }
}
