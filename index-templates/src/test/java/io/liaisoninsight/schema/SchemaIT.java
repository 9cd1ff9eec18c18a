package io.liaisoninsight.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.liaisoninsight.testsupport.ElasticsearchClients;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEnginesExtension;
import io.liaisoninsight.testsupport.TestCleanup;
import io.liaisoninsight.testsupport.TestNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema against a real Elasticsearch with smartcn: install, analysis, ranking, exact names, strictness. */
@ExtendWith(RealEnginesExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaIT {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final String LONG_FILLER = "群众反映的问题涉及土地承包、宅基地审批、低保评定和道路修建等多个方面，"
            + "乡镇干部多次入户走访并召开协调会，听取意见，形成了书面处理意见。";

    private ElasticsearchClient client;
    private IndexNames names;
    private TemplateInstaller installer;
    private String petitions;

    @BeforeAll
    void installSchema(Engines engines) {
        client = ElasticsearchClients.create(engines);
        names = new IndexNames(TestNames.indexPrefix(), IndexNames.DEFAULT_ZONE);
        installer = new TemplateInstaller(client, names, Clock.fixed(NOW, ZoneOffset.UTC));
        installer.install();
        petitions = names.monthlyIndex(Source.PETITION, NOW);
    }

    @AfterAll
    void dropEverythingOfThisPrefix(Engines engines) throws IOException {
        client._transport().close();
        TestCleanup.dropSchema(engines, names.prefix());
    }

    @Test
    void reinstallingIsHarmlessAndRecordsTheVersion() throws IOException {
        TemplateInstaller.Report again = installer.install();

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.steps()).allMatch(s -> s.outcome() == TemplateInstaller.Outcome.UNCHANGED);
        Long installed = client.indices().getIndexTemplate(r -> r.name(names.templateName("petitions")))
                .indexTemplates().get(0).indexTemplate().version();
        assertThat(installed).isEqualTo((long) new TemplateResources(names).schemaVersion());
        for (Source source : Source.values()) {
            assertThat(client.indices().existsAlias(r -> r.name(names.alias(source))).value()).isTrue();
        }
        assertThat(client.indices().getAlias(r -> r.name(names.allRecords())).result()).hasSize(3);
        for (SystemIndex index : SystemIndex.values()) {
            assertThat(client.indices().existsAlias(r -> r.name(names.alias(index))).value()).isTrue();
        }
    }

    @Test
    void olderInstalledVersionIsUpgradedAndNewerIsNeverDowngraded() throws IOException {
        String component = names.templateName("media-report");
        String template = names.templateName("media-reports");
        putWithVersion(component, 0, true);
        putWithVersion(template, 99, false);

        TemplateInstaller.Report report = installer.install();

        assertThat(report.steps()).contains(
                new TemplateInstaller.Step(component, TemplateInstaller.Outcome.UPDATED, 0L),
                new TemplateInstaller.Step(template, TemplateInstaller.Outcome.NEWER_INSTALLED, 99L));
        assertThat(client.indices().getIndexTemplate(r -> r.name(template)).indexTemplates().get(0)
                .indexTemplate().version()).isEqualTo(99L);
        // Put the real template back so the other tests see the full schema.
        client.indices().deleteIndexTemplate(r -> r.name(template));
        assertThat(installer.install().steps())
                .contains(new TemplateInstaller.Step(template, TemplateInstaller.Outcome.CREATED, null));
    }

    @Test
    void anUpgradedIndexTemplateGivesItsExistingIndicesTheNewFields() throws IOException {
        String component = names.templateName("media-report");
        String template = names.templateName("media-reports");
        String existing = names.prefix() + "-media-reports-2020.01";
        // The schema as an older version left it: the same index template, media reports knew only their outlet.
        putWithVersion(component, 0, true);
        putCurrentIndexTemplateAsVersion(template, 0L);
        client.indices().create(r -> r.index(existing));
        assertThat(mappedFields(existing)).contains(Fields.MediaReport.OUTLET)
                .doesNotContain(Fields.MediaReport.PLATFORM);

        TemplateInstaller.Report report = installer.install();

        assertThat(report.steps()).contains(
                new TemplateInstaller.Step(template, TemplateInstaller.Outcome.UPDATED, 0L));
        assertThat(mappedFields(existing))
                .contains(Fields.MediaReport.OUTLET, Fields.MediaReport.PLATFORM, Fields.MediaReport.PUBLISHED_AT);
        client.indices().delete(r -> r.index(existing));
    }

    @Test
    void anIndexThatOutlivedItsTemplateGetsTheNewFieldsWhenTheTemplateIsInstalledAgain() throws IOException {
        String template = names.templateName("complainants");
        String existing = staleComplainantsIndex(template);
        try {
            client.indices().deleteIndexTemplate(r -> r.name(template));

            TemplateInstaller.Report report = installer.install();

            assertThat(report.steps()).contains(
                    new TemplateInstaller.Step(template, TemplateInstaller.Outcome.CREATED, null));
            assertThat(mappedFields(existing)).contains("identityId", Fields.Complainant.MERGED_IDS);
        } finally {
            client.indices().delete(r -> r.index(existing));
        }
    }

    @Test
    void aStaleIndexUnderTheCurrentTemplateGetsTheNewFieldsAtTheNextStart() throws IOException {
        String template = names.templateName("complainants");
        String existing = staleComplainantsIndex(template);
        try {
            // The current template installed afresh by a release that did not bring existing indices up to it.
            long current = new TemplateResources(names).schemaVersion();
            putCurrentIndexTemplateAsVersion(template, current);

            TemplateInstaller.Report report = installer.install();

            assertThat(report.steps()).contains(
                    new TemplateInstaller.Step(template, TemplateInstaller.Outcome.UNCHANGED, current));
            assertThat(mappedFields(existing)).contains("identityId", Fields.Complainant.MERGED_IDS);
        } finally {
            client.indices().delete(r -> r.index(existing));
        }
    }

    /**
     * A complainants index created under an early schema's template (the shared settings, a strict mapping
     * without the fields ingest writes today), as found on a machine whose templates were later deleted.
     */
    private String staleComplainantsIndex(String template) throws IOException {
        String existing = names.prefix() + "-complainants-v0";
        client.indices().putIndexTemplate(r -> r.name(template).version(0L).priority(200L)
                .indexPatterns(names.prefix() + "-complainants-*").composedOf(names.templateName("settings"))
                .template(t -> t.mappings(m -> m.dynamic(DynamicMapping.Strict)
                        .properties("identityId", p -> p.keyword(k -> k)))));
        client.indices().create(r -> r.index(existing));
        assertThat(mappedFields(existing)).contains("identityId").doesNotContain(Fields.Complainant.MERGED_IDS);
        return existing;
    }

    @Test
    void anUpgradedIndexTemplateGivesItsExistingIndicesItsRefreshInterval() throws IOException {
        String template = names.templateName("complainants");
        String existing = names.prefix() + "-complainants-v0";
        // As schema 3 created it: refreshed every second (the default).
        client.indices().create(r -> r.index(existing));
        client.indices().putSettings(r -> r.index(existing).settings(x -> x.refreshInterval(t -> t.time("1s"))));
        putCurrentIndexTemplateAsVersion(template, 3L);

        TemplateInstaller.Report report = installer.install();

        assertThat(report.steps()).contains(
                new TemplateInstaller.Step(template, TemplateInstaller.Outcome.UPDATED, 3L));
        String refresh = client.indices().getSettings(r -> r.index(existing)).get(existing).settings().index()
                .refreshInterval().time();
        assertThat(refresh).isEqualTo("5s");
        client.indices().delete(r -> r.index(existing));
    }

    @Test
    void anIndexFromBeforePhraseShinglesKeepsItsTextFieldsAndStillUpgrades() throws IOException {
        String template = names.templateName("petitions");
        String existing = names.prefix() + "-petitions-2020.02";
        // As schema 2 created it: content.exact without index_phrases.
        client.indices().create(r -> r.index(existing).withJson(new StringReader("""
                {"mappings": {"properties": {"content": {"type": "text", "analyzer": "zh_smart",
                  "index_options": "offsets", "fields": {"exact": {"type": "text", "analyzer": "zh_exact",
                  "index_options": "offsets"}}}}}}""")));
        putCurrentIndexTemplateAsVersion(template, 2L);

        TemplateInstaller.Report report = installer.install();

        assertThat(report.steps()).contains(
                new TemplateInstaller.Step(template, TemplateInstaller.Outcome.UPDATED, 2L));
        Boolean phrases = client.indices().getMapping(r -> r.index(existing)).get(existing).mappings().properties()
                .get(Fields.CONTENT).text().fields().get("exact").text().indexPhrases();
        assertThat(phrases).as("content.exact of the old index, unchanged").isNotEqualTo(Boolean.TRUE);
        assertThat(mappedFields(existing)).contains(Fields.CONTENT, Fields.Petition.STATUS);
        index("p-old-month", existing, "旧月份的信访件", "申请人禹晓琳反映补偿问题。");
        client.indices().refresh(r -> r.index(existing));
        assertThat(ids(client.search(q -> q.index(existing).query(m -> m.matchPhrase(p -> p
                .field(Fields.CONTENT_EXACT).query("禹晓琳"))), Map.class))).containsExactly("p-old-month");
        client.indices().delete(r -> r.index(existing));
    }

    @Test
    void aRootsIndexFromBeforeLeanBandKeysKeepsThemAndStillUpgrades() throws IOException {
        String template = names.templateName("duplicate-roots");
        String existing = names.prefix() + "-duplicate-roots-v0";
        // As schema 4 created it: band keys with doc values, which an existing index cannot drop.
        client.indices().create(r -> r.index(existing).withJson(new StringReader("""
                {"mappings": {"properties": {"bands": {"type": "keyword", "doc_values": true}}}}""")));
        putCurrentIndexTemplateAsVersion(template, 4L);

        TemplateInstaller.Report report = installer.install();

        assertThat(report.steps()).contains(
                new TemplateInstaller.Step(template, TemplateInstaller.Outcome.UPDATED, 4L));
        Boolean docValues = client.indices().getMapping(r -> r.index(existing)).get(existing).mappings().properties()
                .get(Fields.DuplicateRoot.BANDS).keyword().docValues();
        assertThat(docValues).as("bands of the old roots index, unchanged (absent: the default, with doc values)")
                .isNotEqualTo(Boolean.FALSE);
        client.indices().delete(r -> r.index(existing));
    }

    @Test
    void smartcnSplitsChineseIntoWords() throws IOException {
        List<String> tokens = analyze("zh_smart", "群众反映拆迁补偿款被村干部挪用");
        assertThat(tokens).containsExactly("群众", "反映", "拆迁", "补偿", "款", "被", "村干部", "挪用");
    }

    @Test
    void searchForVillageCadreFindsThePetitionAndEmbezzlementRanksItFirst() throws IOException {
        index("p-target", "关于村干部挪用补偿款的反映", "群众反映村干部挪用补偿款，至今未发放到户。");
        index("p-cadre", "村干部工作作风问题", "反映村干部办事拖拉，群众意见较大。" + LONG_FILLER);
        index("p-other", "道路修建进度缓慢", "村道修建停工已久，" + LONG_FILLER + "其中一段资金据称被挪用。");
        refresh();

        assertThat(ids(search("村干部"))).contains("p-target", "p-cadre").doesNotContain("p-other");
        List<String> embezzlement = ids(search("挪用"));
        assertThat(embezzlement).containsExactlyInAnyOrder("p-target", "p-other");
        assertThat(embezzlement.get(0)).isEqualTo("p-target");
    }

    @Test
    void exactSubfieldFindsANameThatSmartcnSplits() throws IOException {
        String name = "禹晓琳";
        assertThat(analyze("zh_smart", "申请人" + name + "反映")).doesNotContain(name);
        index("p-name", "土地补偿纠纷", LONG_FILLER + "申请人" + name + "多次到乡镇反映情况，" + LONG_FILLER);
        index("p-scattered", "土地补偿纠纷", LONG_FILLER + "大禹治水，晓之以理，琳琅满目。" + LONG_FILLER);
        refresh();

        SearchResponse<Map> exact = client.search(s -> s.index(names.allRecords())
                .query(q -> q.matchPhrase(m -> m.field(Fields.CONTENT_EXACT).query(name))), Map.class);

        assertThat(ids(exact)).containsExactly("p-name");
    }

    @Test
    void mappingRejectsUnknownFieldsAndWrongTypes() {
        assertThatThrownBy(() -> client.index(r -> r.index(petitions).id("p-unknown")
                .withJson(new StringReader(doc("p-unknown", "标题", "内容").replace("}", ",\"favouriteColour\":\"红\"}")))))
                .isInstanceOfSatisfying(ElasticsearchException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error().type()).isEqualTo("strict_dynamic_mapping_exception");
                });
        assertThatThrownBy(() -> client.index(r -> r.index(petitions).id("p-typed")
                .withJson(new StringReader(doc("p-typed", "标题", "内容").replace("}", ",\"headcount\":\"很多人\"}")))))
                .isInstanceOfSatisfying(ElasticsearchException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    private void putWithVersion(String name, long version, boolean component) throws IOException {
        if (component) {
            client.cluster().putComponentTemplate(r -> r.name(name).version(version)
                    .template(t -> t.mappings(m -> m.properties(Fields.MediaReport.OUTLET, p -> p.keyword(k -> k)))));
        } else {
            client.indices().putIndexTemplate(r -> r.name(name).version(version)
                    .indexPatterns(names.prefix() + "-media-reports-*").priority(200L));
        }
    }

    /** This release's index template, installed as an older version left it (so the installer upgrades it). */
    private void putCurrentIndexTemplateAsVersion(String template, long version) throws IOException {
        TemplateResources.Template current = new TemplateResources(names).indexTemplates().stream()
                .filter(t -> t.installedName().equals(template)).findFirst().orElseThrow();
        client.indices().putIndexTemplate(r -> r.name(template)
                .withJson(new StringReader(current.body().toString())).version(version));
    }

    private Set<String> mappedFields(String index) throws IOException {
        return client.indices().getMapping(r -> r.index(index)).get(index).mappings().properties().keySet();
    }

    private List<String> analyze(String analyzer, String text) throws IOException {
        return client.indices().analyze(r -> r.index(petitions).analyzer(analyzer).text(text)).tokens().stream()
                .map(AnalyzeToken::token).toList();
    }

    private SearchResponse<Map> search(String text) throws IOException {
        return client.search(s -> s.index(names.allRecords())
                .query(q -> q.multiMatch(m -> m.fields(Fields.TITLE, Fields.CONTENT).query(text))), Map.class);
    }

    private void index(String id, String title, String content) throws IOException {
        index(id, petitions, title, content);
    }

    private void index(String id, String index, String title, String content) throws IOException {
        client.index(r -> r.index(index).id(id).withJson(new StringReader(doc(id, title, content))));
    }

    private void refresh() throws IOException {
        client.indices().refresh(r -> r.index(names.allRecords()));
    }

    private static String doc(String id, String title, String content) {
        return """
                {"id":"%s","source":"PETITION","occurredAt":"2026-11-20T10:00:00+08:00",\
                "receivedAt":"2026-11-20T10:00:00+08:00","district":"城关区","township":"皋兰路街道",\
                "channel":"VISIT","status":"RECEIVED","title":"%s","content":"%s"}""".formatted(id, title, content);
    }

    private static List<String> ids(SearchResponse<Map> response) {
        return response.hits().hits().stream().map(Hit::id).toList();
    }
}
