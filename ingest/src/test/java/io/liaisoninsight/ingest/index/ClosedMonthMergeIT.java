package io.liaisoninsight.ingest.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.schema.TemplateInstaller;
import io.liaisoninsight.testsupport.ElasticsearchClients;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.TestCleanup;
import io.liaisoninsight.testsupport.TestNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Closed months are merged to one segment per shard against a real Elasticsearch; open months are left alone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedMonthMergeIT {

    /** 20 November 2026, 10:00 in Lanzhou. */
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final Engines engines = RealEngines.get();

    private final IndexNames names = new IndexNames(TestNames.indexPrefix(), IndexNames.DEFAULT_ZONE);
    private ElasticsearchClient client;
    private String september;
    private String october;
    private String november;

    @BeforeAll
    void threeMonthsOfSeveralSegments() throws IOException {
        client = ElasticsearchClients.create(engines);
        new TemplateInstaller(client, names, Clock.fixed(NOW, ZoneOffset.UTC)).install();
        september = names.monthlyIndex(Source.PETITION, Instant.parse("2026-09-15T00:00:00Z"));
        october = names.monthlyIndex(Source.MEDIA_REPORT, Instant.parse("2026-10-31T12:00:00Z"));
        november = names.monthlyIndex(Source.PETITION, NOW);
        for (int round = 0; round < 3; round++) {
            for (String index : new String[]{september, october, november}) {
                write(index, index + "-" + round);
            }
            // Each refresh writes the round's documents as a new segment.
            client.indices().refresh(r -> r.index(september, october, november));
        }
    }

    @AfterAll
    void drop() throws IOException {
        client._transport().close();
        TestCleanup.dropSchema(engines, names.prefix());
    }

    @Test
    void mergesMonthsClosedLongEnoughOnceAndNeverTheCurrentMonth() throws IOException {
        assertThat(segments(september)).isEqualTo(3);
        // October closed 19 days before NOW (in Lanzhou), September 50 days: with a 30-day grace only September.
        ClosedMonthMerge merge = merge(Duration.ofDays(30), Duration.ZERO, duration -> { });

        assertThat(merge.run().merged()).containsExactly(september);
        assertThat(segments(september)).isEqualTo(1);
        assertThat(segments(october)).isEqualTo(3);
        assertThat(segments(november)).isEqualTo(3);
        assertThat(client.count(r -> r.index(september)).count()).isEqualTo(3);

        assertThat(merge.run().merged()).as("nothing left to merge").isEmpty();
        ClosedMonthMerge weekGrace = merge(Duration.ofDays(7), Duration.ZERO, duration -> { });
        assertThat(weekGrace.run().merged()).containsExactly(october);
        assertThat(segments(november)).isEqualTo(3);
    }

    @Test
    void aClosedMonthStillBeingWrittenWaitsUntilItIsQuiet() throws IOException {
        String august = names.monthlyIndex(Source.PETITION, Instant.parse("2026-08-10T00:00:00Z"));
        for (int round = 0; round < 2; round++) {
            write(august, "august-" + round);
            client.indices().refresh(r -> r.index(august));
        }
        assertThat(segments(august)).isEqualTo(2);

        // With a 60-day grace only August is due (closed 80 days before NOW), whatever the other test merged.
        // A write lands while the merge waits for quiet (an import of old files): August is left as it is.
        ClosedMonthMerge loading = merge(Duration.ofDays(60), Duration.ofMillis(1), duration -> write(august, "august-late"));
        ClosedMonthMerge.Outcome busy = loading.run();
        assertThat(busy.merged()).isEmpty();
        assertThat(busy.stillBeingWritten()).containsExactly(august);
        assertThat(segments(august)).isGreaterThanOrEqualTo(2);

        ClosedMonthMerge quietAgain = merge(Duration.ofDays(60), Duration.ofMillis(1), duration -> { });
        assertThat(quietAgain.run()).isEqualTo(new ClosedMonthMerge.Outcome(List.of(august), List.of()));
        assertThat(segments(august)).isEqualTo(1);
        assertThat(client.count(r -> r.index(august)).count()).isEqualTo(3);
    }

    private ClosedMonthMerge merge(Duration after, Duration quiet, ClosedMonthMerge.Pause pause) {
        return new ClosedMonthMerge(client, names, Clock.fixed(NOW, ZoneOffset.UTC), after, 1, quiet, pause);
    }

    private void write(String index, String id) {
        try {
            client.index(r -> r.index(index).id(id).document(Map.of(Fields.ID, id, Fields.TITLE, "拆迁补偿")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int segments(String index) throws IOException {
        return ClosedMonthMerge.mostSegmentsInAShard(client.indices().segments(r -> r.index(index)).indices().get(index));
    }
}
