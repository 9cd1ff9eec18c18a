package io.liaisoninsight.ui.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings under {@code liaison.search.*}; every one has a default, shown in {@code application.properties}.
 *
 * @param maxQueryLength      characters of the search box read; the rest is cut off with a note. Default 256
 * @param maxTerms            terms, phrases and filters in one query; default 16
 * @param maxSynonyms         alternatives a term is expanded to; default 6
 * @param collectiveHeadcount headcount from which a petition counts as collective (集体访); default 5
 * @param pageSize            result rows fetched per request of the result list; default 50
 * @param maxBrowse           rows the result list scrolls through before asking to narrow the search
 *                            (the export has no limit); default 10000
 * @param facetSize           values shown per facet; default 10
 * @param fragmentSize        characters per highlighted snippet; default 100
 * @param fragments           snippets per result; default 3
 * @param dueSoon             a deadline this close is shown as "due soon"; default 3 days
 * @param synonymsRefresh     how long another instance's dictionary edit can take to apply here; default 60 s
 * @param exportBatch         records per request while exporting; default 2000
 * @param alerts              saved-search alerts
 */
@ConfigurationProperties("liaison.search")
record SearchSettings(@DefaultValue("256") int maxQueryLength,
                      @DefaultValue("16") int maxTerms,
                      @DefaultValue("6") int maxSynonyms,
                      @DefaultValue("5") int collectiveHeadcount,
                      @DefaultValue("50") int pageSize,
                      @DefaultValue("10000") int maxBrowse,
                      @DefaultValue("10") int facetSize,
                      @DefaultValue("100") int fragmentSize,
                      @DefaultValue("3") int fragments,
                      @DefaultValue("3d") Duration dueSoon,
                      @DefaultValue("60s") Duration synonymsRefresh,
                      @DefaultValue("2000") int exportBatch,
                      @DefaultValue Alerts alerts) {

    /**
     * @param enabled     run the scheduled check; default true
     * @param interval    time between checks; default 5 minutes
     * @param maxPerCheck most new records recorded per saved search and check; default 100
     * @param overlap     each check also looks this far before the previous one, so records indexed but
     *                    not yet searchable at that moment are not missed (alerts are never doubled); default 2 minutes
     */
    record Alerts(@DefaultValue("true") boolean enabled,
                  @DefaultValue("5m") Duration interval,
                  @DefaultValue("100") int maxPerCheck,
                  @DefaultValue("2m") Duration overlap) {
    }

    /** Defaults, for tests and pure code. */
    static SearchSettings defaults() {
        return new SearchSettings(256, 16, 6, 5, 50, 10000, 10, 100, 3, Duration.ofDays(3), Duration.ofSeconds(60),
                2000, new Alerts(true, Duration.ofMinutes(5), 100, Duration.ofMinutes(2)));
    }
}
