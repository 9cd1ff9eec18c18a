package io.liaisoninsight.ui.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The query language, read once at start-up from its resources; scheduling (Spring Boot then provides
 * the {@code TaskScheduler} the saved-search alert check runs on).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchConfiguration {

    @Bean
    QueryLanguage queryLanguage() {
        return QueryLanguage.load();
    }

    @Bean
    QueryParser queryParser(QueryLanguage language, SearchSettings settings) {
        return new QueryParser(language, settings.maxQueryLength(), settings.maxTerms());
    }
}
