package io.liaisoninsight.ingest;

import io.liaisoninsight.ingest.importer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.Arrays;

/**
 * The ingest service: reads records from the source topics, validates, normalises and enriches them
 * and bulk-indexes them into Elasticsearch. Start-up only needs the configuration; Elasticsearch and
 * Kafka are connected in the background by {@link io.liaisoninsight.ingest.system.Bootstrap}, so the
 * process stays up (and reports DOWN) while either is unreachable.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ImportCommand.NAME.equals(args[0])) {
            ImportCommand.main(Arrays.copyOfRange(args, 1, args.length)); // file importer: no web app, no consumer
            return;
        }
        SpringApplication.run(IngestApplication.class, args);
    }

    /** Injected wherever time matters (monthly index names, deadlines) so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
