package io.liaisoninsight.ingest.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.liaisoninsight.ingest.IngestProperties;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.TemplateInstaller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The schema contract from {@code index-templates}, bound to this deployment's prefix and zone. */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    @Bean
    IndexNames indexNames(IngestProperties properties) {
        return properties.indexNames();
    }

    @Bean
    TemplateInstaller templateInstaller(ElasticsearchClient client, IndexNames names, Clock clock) {
        return new TemplateInstaller(client, names, clock);
    }
}
