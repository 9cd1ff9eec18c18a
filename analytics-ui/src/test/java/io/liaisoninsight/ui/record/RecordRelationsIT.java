package io.liaisoninsight.ui.record;

import co.elastic.clients.elasticsearch._types.Refresh;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.Scope;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.Records;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record page's related records against real Elasticsearch: near-duplicates, similar records and
 * the complainant's other contacts, each only within the reader's scope.
 */
@SpringBootTest(properties = "liaison.search.alerts.enabled=false")
class RecordRelationsIT extends EngineBackedIT {

    private static final Instant AT = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final CurrentUser CHENGGUAN = new CurrentUser("it-cg", "IT", Set.of(Role.ANALYST),
            Scope.of(List.of("城关区"), List.of()), false, null);

    @Autowired
    RecordAccess access;
    @Autowired
    RecordRelations relations;

    @BeforeAll
    void records() throws IOException {
        Indices.index(client, names, List.of(
                related(petition("R-1", AT, "城关区", "小区拆迁补偿款被村干部挪用", "群众反映小区拆迁补偿款被村干部挪用，至今没有发放。"),
                        "G-1", "ID-1"),
                related(petition("R-2", AT.plusSeconds(60), "城关区", "小区拆迁补偿款被挪用", "群众反映小区拆迁补偿款被挪用，没有发放。"),
                        "G-1", null),
                related(petition("R-3", AT.plusSeconds(120), "西固区", "小区拆迁补偿款被挪用", "群众反映小区拆迁补偿款被挪用。"),
                        "G-1", null),
                related(petition("SIM-1", AT, "城关区", "拆迁补偿款发放不及时", "村民反映拆迁补偿款发放不及时，村干部推诿。"),
                        "G-2", null),
                related(petition("SIM-XG", AT, "西固区", "拆迁补偿款发放不及时", "村民反映拆迁补偿款发放不及时，村干部推诿。"),
                        "G-3", null),
                related(petition("C-2", AT.minus(40, ChronoUnit.DAYS), "城关区", "要求公开村务", "要求公开村务账目。"),
                        "G-4", "ID-1"),
                related(petition("C-3", AT.minus(80, ChronoUnit.DAYS), "西固区", "要求公开村务", "要求公开村务账目。"),
                        "G-5", "ID-1"),
                related(petition("C-MERGED", AT.minus(90, ChronoUnit.DAYS), "城关区", "低保问题", "申请低保。"),
                        "G-6", "ID-OLD"),
                related(petition("OTHER", AT, "城关区", "噪音扰民", "夜间施工噪音。"), "G-7", "ID-9")));
        client.index(i -> i.index(names.alias(SystemIndex.COMPLAINANTS)).id("ID-1").refresh(Refresh.True)
                .document(Map.of(Fields.Complainant.IDENTITY_ID, "ID-1", Fields.Complainant.LINKED_BY, List.of("PHONE"),
                        Fields.Complainant.MERGED_IDS, List.of("ID-OLD"))));
    }

    private static Map<String, Object> petition(String id, Instant at, String district, String title, String content) {
        return Records.petition(id, at, district, "某街道", title, content, List.of(Map.of("name", "某某")));
    }

    private static Map<String, Object> related(Map<String, Object> record, String group, String identity) {
        record.put(Fields.DUPLICATE_GROUP, group);
        if (identity != null) {
            record.put(Fields.IDENTITY_IDS, List.of(identity));
        }
        return record;
    }

    @Test
    void duplicatesAreTheGroupWithinScope() {
        RecordDetail r1 = access.read(CHENGGUAN, "R-1", false);
        assertThat(relations.duplicates(CHENGGUAN, r1)).extracting(RecordRelations.Related::id).containsExactly("R-2");
    }

    @Test
    void similarRecordsExcludeTheGroupAndOtherDistricts() {
        RecordDetail r1 = access.read(CHENGGUAN, "R-1", false);
        List<String> similar = relations.similar(CHENGGUAN, r1).stream().map(RecordRelations.Related::id).toList();
        assertThat(similar).contains("SIM-1").doesNotContain("R-1", "R-2", "R-3", "SIM-XG");
    }

    @Test
    void otherContactsComeThroughTheIdentityAndItsMergedIdentities() {
        RecordDetail r1 = access.read(CHENGGUAN, "R-1", false);
        RecordRelations.Contacts contacts = relations.contacts(CHENGGUAN, r1);
        assertThat(contacts.identityIds()).containsExactly("ID-1");
        assertThat(contacts.linkedBy()).containsExactly("PHONE");
        assertThat(contacts.records()).extracting(RecordRelations.Related::id).containsExactly("C-2", "C-MERGED");
    }
}
