package io.liaisoninsight.ingest.duplicate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.ingest.enrich.Enrichment;
import io.liaisoninsight.ingest.enrich.Records;
import io.liaisoninsight.ingest.enrich.duplicate.NearDuplicateFingerprinter;
import io.liaisoninsight.ingest.index.PendingWrite;
import io.liaisoninsight.ingest.index.PreparedRecord;
import io.liaisoninsight.ingest.record.Petition;
import io.liaisoninsight.schema.Channel;
import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.PetitionStatus;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.schema.TemplateInstaller;
import io.liaisoninsight.testsupport.ElasticsearchClients;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.TestCleanup;
import io.liaisoninsight.testsupport.TestNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidates come from two places: this instance's recent roots (signatures in memory, left out of the
 * band search by id) and the duplicate-roots index (roots this instance does not know, e.g. written
 * before a restart or by another instance). Both paths must find the group, with the roots index as the
 * templates create it (band keys neither in the source nor as doc values) and as schema 4 created it.
 */
class DuplicateGrouperIT {

    private static final Engines engines = RealEngines.get();
    private static final IndexNames current = new IndexNames(TestNames.indexPrefix(), ZoneId.of("Asia/Shanghai"));
    private static final IndexNames schema4 = new IndexNames(TestNames.indexPrefix(), ZoneId.of("Asia/Shanghai"));
    private static final ObjectMapper json = new ObjectMapper();
    private static ElasticsearchClient client;

    private static final String COMPLAINT = "尊敬的领导：我是榆中县和平镇袁家营村村民，现就拆迁补偿款问题反映情况。2021年3月镇上启动棚户区改造，"
            + "我家两间房屋被列入拆迁范围，拆迁办承诺按每平方米2300元补偿并在一年内交付安置房。补偿款只发了12万元，"
            + "剩下的30多万元至今没有兑现，村支书说钱已经拨到村上，但村里一直不给发，账目也不公开。恳请领导督促解决。";
    private static final String OTHER = "我们是西固区某建筑工地的农民工，共二十三人，2023年在工地干了八个月，包工头拖欠工资共计四十六万元。"
            + "多次讨要无果，劳动监察大队受理后也没有下文。年关将近，家里老人孩子都等着钱用，请求有关部门帮助追回血汗钱。";

    @BeforeAll
    static void createRootsIndices() throws Exception {
        client = ElasticsearchClients.create(engines);
        new TemplateInstaller(client, current, Clock.systemUTC()).install();
        String mapping = "{\"properties\":{\"bands\":{\"type\":\"keyword\"},\"signature\":{\"type\":\"binary\"},"
                + "\"source\":{\"type\":\"keyword\"}}}";
        client.indices().create(c -> c.index(schema4.initialIndex(SystemIndex.DUPLICATE_ROOTS))
                .aliases(schema4.alias(SystemIndex.DUPLICATE_ROOTS), a -> a)
                .mappings(m -> m.withJson(new StringReader(mapping))));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        client._transport().close();
        TestCleanup.dropSchema(engines, current.prefix());
        TestCleanup.dropSchema(engines, schema4.prefix());
    }

    static List<IndexNames> rootsIndices() {
        return List.of(current, schema4);
    }

    @ParameterizedTest
    @MethodSource("rootsIndices")
    void findsGroupRootsFromItsOwnRecentRootsAndFromTheIndex(IndexNames names) throws Exception {
        DuplicateGrouper first = grouper(names);
        PreparedRecord root = prepared(names, "p-root", COMPLAINT);
        PreparedRecord other = prepared(names, "p-other", OTHER);
        first.apply(List.of(root, other));
        assertThat(group(root)).isEqualTo("p-root");
        assertThat(group(other)).isEqualTo("p-other");

        // The same instance, before the index is refreshed: found among its recent roots.
        PreparedRecord resent = prepared(names, "p-resent", COMPLAINT.replace("恳请领导督促解决。", "恳请领导尽快督促解决！"));
        first.apply(List.of(resent));
        assertThat(group(resent)).isEqualTo("p-root");

        // Another instance (or this one after a restart) knows no recent roots: found in the index.
        client.indices().refresh(r -> r.index(names.alias(SystemIndex.DUPLICATE_ROOTS)));
        DuplicateGrouper second = grouper(names);
        PreparedRecord again = prepared(names, "p-again", COMPLAINT);
        PreparedRecord again2 = prepared(names, "p-again-2", OTHER + "谢谢。");
        PreparedRecord fresh = prepared(names, "p-fresh", "小区物业公司擅自提高停车收费标准，每月由一百五十元涨到三百元，业主多次协商无果，请求物价部门核查。"
                + "物业还把公共绿地改成收费车位，占用消防通道，存在安全隐患，业主委员会的意见物业一概不理。");
        second.apply(List.of(again, again2, fresh));
        assertThat(group(again)).isEqualTo("p-root");
        assertThat(group(again2)).isEqualTo("p-other");
        assertThat(group(fresh)).isEqualTo("p-fresh");
    }

    private static DuplicateGrouper grouper(IndexNames names) {
        return new DuplicateGrouper(client, names, NearDuplicateFingerprinter::similarity, NearDuplicateFingerprinter::bands,
                NearDuplicateFingerprinter.DUPLICATE_THRESHOLD);
    }

    private static String group(PreparedRecord record) {
        return record.write().document().path(Fields.DUPLICATE_GROUP).asText(null);
    }

    private static PreparedRecord prepared(IndexNames names, String id, String content) {
        Petition petition = new Petition(id, Records.RECEIVED, Channel.LETTER, Records.RECEIVED, List.of(), 1, "榆中县",
                "和平镇", "反映问题", content, "征地拆迁", PetitionStatus.RECEIVED, null, null, null, null, "榆中县人民检察院",
                EscalationLevel.COUNTY);
        Enrichment.Fingerprint fingerprint = new NearDuplicateFingerprinter().fingerprint(petition.title(), petition.content());
        Enrichment enrichment = new Enrichment(List.of(), Enrichment.Entities.NONE, List.of(), fingerprint, List.of(), null,
                null, null);
        return new PreparedRecord(petition, enrichment, new PendingWrite(names.prefix() + "-petitions", id, 1, json.createObjectNode()));
    }
}
