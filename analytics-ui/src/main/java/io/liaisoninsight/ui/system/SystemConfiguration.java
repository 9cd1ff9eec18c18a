package io.liaisoninsight.ui.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.TemplateInstaller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Beans every feature uses. The {@link ElasticsearchClient} itself comes from Spring Boot. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    IndexNames indexNames(LiaisonProperties properties) {
        return properties.indexNames();
    }

    /** One clock for "now", so deadline and period logic can be tested on a fixed clock. */
    @Bean
    Clock clock(LiaisonProperties properties) {
        return Clock.system(properties.zone());
    }

    @Bean
    TemplateInstaller templateInstaller(ElasticsearchClient client, IndexNames names, Clock clock) {
        return new TemplateInstaller(client, names, clock);
    }
}
