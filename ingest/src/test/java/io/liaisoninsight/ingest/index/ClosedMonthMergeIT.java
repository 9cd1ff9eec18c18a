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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
                String id = index + "-" + round;
                client.index(r -> r.index(index).id(id).document(Map.of(Fields.ID, id, Fields.TITLE, "拆迁补偿")));
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
        ClosedMonthMerge merge = new ClosedMonthMerge(client, names, Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofDays(30), 1);

        assertThat(merge.run()).containsExactly(september);
        assertThat(segments(september)).isEqualTo(1);
        assertThat(segments(october)).isEqualTo(3);
        assertThat(segments(november)).isEqualTo(3);
        assertThat(client.count(r -> r.index(september)).count()).isEqualTo(3);

        assertThat(merge.run()).as("nothing left to merge").isEmpty();
        ClosedMonthMerge weekGrace = new ClosedMonthMerge(client, names, Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofDays(7), 1);
        assertThat(weekGrace.run()).containsExactly(october);
        assertThat(segments(november)).isEqualTo(3);
    }

    private int segments(String index) throws IOException {
        return ClosedMonthMerge.mostSegmentsInAShard(client.indices().segments(r -> r.index(index)).indices().get(index));
    }
}
