package io.liaisoninsight.ui.search;

import co.elastic.clients.elasticsearch._types.Refresh;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.Scope;
import io.liaisoninsight.ui.security.ScopedSearch;
import io.liaisoninsight.ui.security.SearchIntent;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Indices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static io.liaisoninsight.ui.search.SearchFixtures.petition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

/**
 * An export reads one snapshot (a point in time the scope layer opens, scopes and closes): records indexed
 * and deleted between its pages change nothing in the file, records outside the user's scope never appear,
 * and a caller cannot bring its own point in time.
 */
@SpringBootTest(properties = {"liaison.search.export-batch=3", "liaison.search.alerts.enabled=false"})
class ExportSnapshotIT extends EngineBackedIT {

    private static final Instant AT = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final CurrentUser CHENGGUAN = new CurrentUser("it-export-cg", "IT", Set.of(Role.ANALYST),
            Scope.of(List.of("城关区"), List.of()), false, null);
    private static final String TEXT = "快照导出";

    @Autowired
    SearchExport export;
    @Autowired
    ScopedSearch scoped;
    @MockitoSpyBean
    AuditLog audit;

    @BeforeAll
    void records() throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        // Ten in scope, spread over a minute (newest first: SNAP-0 … SNAP-9), and three outside it.
        IntStream.range(0, 10).forEach(i -> records.add(petition("SNAP-" + i, AT.minusSeconds(i * 10L), "城关区",
                "皋兰路街道", "快照导出测试 " + i, "关于快照导出的测试记录。")));
        IntStream.range(0, 3).forEach(i -> records.add(petition("SNAP-XG-" + i, AT.minusSeconds(i * 10L), "西固区",
                "陈坪街道", "快照导出测试 西固 " + i, "关于快照导出的测试记录。")));
        Indices.index(client, names, records);
    }

    @Test
    void anExportReadsOneSnapshotWhileRecordsArriveAndGo() throws IOException {
        AtomicInteger pages = new AtomicInteger();
        doAnswer(invocation -> {
            Object result = invocation.callRealMethod();
            if (pages.incrementAndGet() == 1) {
                // After the first page (3 rows): new matching records in and out of scope, newer and older than
                // every row (so they would land on pages still to come), and one unread record deleted.
                Indices.index(client, names, List.of(
                        petition("SNAP-NEW-OLD", AT.minusSeconds(500), "城关区", "皋兰路街道", "快照导出测试 新", "新记录。"),
                        petition("SNAP-NEW-MID", AT.minusSeconds(45), "城关区", "皋兰路街道", "快照导出测试 新", "新记录。"),
                        petition("SNAP-NEW-TOP", AT.plusSeconds(5), "城关区", "皋兰路街道", "快照导出测试 新", "新记录。"),
                        petition("SNAP-XG-NEW", AT.minusSeconds(45), "西固区", "陈坪街道", "快照导出测试 新", "新记录。")));
                client.delete(d -> d.index(names.monthlyIndex(Source.PETITION, AT.minusSeconds(80))).id("SNAP-8")
                        .refresh(Refresh.True));
            }
            return result;
        }).when(audit).record(any(CurrentUser.class), eq(AuditAction.SEARCH), any(), any(), any(), any());

        List<String> snapshot = exportIds();

        assertThat(pages.get()).as("pages read").isEqualTo(4);
        assertThat(snapshot).containsExactly(IntStream.range(0, 10).mapToObj(i -> "SNAP-" + i).toArray(String[]::new));

        // The records really arrived (and went): a new export sees them, still only within scope.
        List<String> later = exportIds();
        assertThat(later).contains("SNAP-NEW-OLD", "SNAP-NEW-MID", "SNAP-NEW-TOP").doesNotContain("SNAP-8")
                .noneMatch(id -> id.startsWith("SNAP-XG"));
        assertThat(later).hasSize(12);
        assertThat(openSearchContexts()).as("points in time left open").isZero();
    }

    @Test
    void aCallerCannotBringItsOwnPointInTime() throws IOException {
        String foreign = client.openPointInTime(p -> p.index(names.allRecords()).keepAlive(t -> t.time("1m"))).id();
        try {
            SearchIntent intent = new SearchIntent(TEXT, Map.of());
            assertThatThrownBy(() -> scoped.search(CHENGGUAN, intent, null, b -> b.pit(p -> p.id(foreign))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pit");
            assertThatThrownBy(() -> scoped.readSnapshot(CHENGGUAN, "1m", s -> s.search(intent, null,
                    b -> b.pit(p -> p.id(foreign)))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pit");
        } finally {
            client.closePointInTime(c -> c.id(foreign));
        }
        assertThat(openSearchContexts()).as("points in time left open").isZero();
    }

    @Test
    void aSnapshotPageIsScopedAndMasked() throws IOException {
        List<String> ids = scoped.readSnapshot(CHENGGUAN, "1m", s -> s.search(new SearchIntent(TEXT, Map.of()), null,
                b -> b.size(100))).hits().stream().map(h -> h.id()).toList();
        assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("SNAP-") && !id.startsWith("SNAP-XG"));
    }

    private List<String> exportIds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(CHENGGUAN, SearchCriteria.ofText(TEXT).withSort(SearchCriteria.Sort.NEWEST), ExportFormat.CSV,
                Locale.SIMPLIFIED_CHINESE, () -> out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        return Arrays.stream(lines).skip(1).filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(',')))
                .toList();
    }

    /** Search contexts (points in time among them) open on this test's indices. */
    private long openSearchContexts() throws IOException {
        return client.indices().stats(s -> s.index(names.prefix() + "-*").metric("search")).all().total().search()
                .openContexts();
    }
}
