package io.liaisoninsight.ingest.enrich;

import io.liaisoninsight.ingest.enrich.Enrichment.IdentityKey;
import io.liaisoninsight.ingest.enrich.Enrichment.RiskSignal;
import io.liaisoninsight.ingest.enrich.duplicate.NearDuplicateFingerprinter;
import io.liaisoninsight.ingest.enrich.identity.IdentityKeys;
import io.liaisoninsight.ingest.enrich.risk.RiskCodes;
import io.liaisoninsight.ingest.record.Petition;
import io.liaisoninsight.schema.Channel;
import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.RiskLevel;
import io.liaisoninsight.schema.Urgency;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.liaisoninsight.ingest.enrich.Records.aMediaReport;
import static io.liaisoninsight.ingest.enrich.Records.aPetition;
import static io.liaisoninsight.ingest.enrich.Records.aVisitNote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class EnricherTest {

    private static final Enricher ENRICHER = Enricher.standard(StandardEnrichment.SECRET);

    private static final Petition COLLECTIVE_DEMOLITION_PETITION = aPetition()
            .channel(Channel.VISIT)
            .complainant("王桂兰", "62012319570312152X", "13893201234")
            .complainant("李宝山", null, "0931-8123456")
            .headcount(12)
            .township("和平镇")
            .escalation(EscalationLevel.PROVINCE)
            .text("关于袁家营村拆迁补偿款被挪用的反映",
                    "尊敬的领导：我们是榆中县和平镇袁家营村的12户村民，现就拆迁补偿款问题联名反映。"
                            + "2021年3月，镇上启动袁家营村棚户区改造项目，兰州天宇房地产开发有限公司负责建设安置房。"
                            + "拆迁办承诺按每平方米2300元补偿，可补偿款只发了一半，村支书王永福说钱已经拨到村上，"
                            + "但村里一直不给发，账目也不公开。我们怀疑补偿款被村干部截留挪用。"
                            + "安置房至今没有交付，过渡费也停发了。村民李宝山说再不解决就去镇政府门口喝农药。"
                            + "我们已经到省上反映过，恳请检察机关依法监督，查清补偿款去向。")
            .build();

    @Test
    void enrichesARealisticPetition() {
        Enrichment enrichment = ENRICHER.enrich(COLLECTIVE_DEMOLITION_PETITION);

        assertThat(enrichment.keyTerms()).hasSizeLessThanOrEqualTo(30)
                .contains("拆迁", "补偿款", "挪用", "村干部", "安置房", "过渡费")
                .doesNotContain("王桂兰", "桂兰", "王永福", "袁家营村", "反映");
        assertThat(enrichment.entities().people()).contains("王桂兰", "李宝山", "王永福");
        assertThat(enrichment.entities().places()).contains("榆中县", "和平镇", "袁家营村");
        assertThat(enrichment.entities().organizations()).contains("兰州天宇房地产开发有限公司");

        assertThat(enrichment.identityKeys()).extracting(IdentityKey::type, IdentityKey::complainantIndex).containsExactly(
                tuple(IdentityKeys.ID_NUMBER, 0), tuple(IdentityKeys.PHONE, 0), tuple(IdentityKeys.NAME_TOWNSHIP, 0),
                tuple(IdentityKeys.PHONE, 1), tuple(IdentityKeys.NAME_TOWNSHIP, 1));
        IdentityKeys keys = new IdentityKeys(StandardEnrichment.SECRET);
        assertThat(enrichment.identityKeys().get(0).key()).isEqualTo(keys.keyForIdNumber("62012319570312152X"));

        assertThat(enrichment.fingerprint().signature()).hasSize(NearDuplicateFingerprinter.HASHES);
        assertThat(enrichment.fingerprint().bands()).hasSize(NearDuplicateFingerprinter.BANDS);

        assertThat(enrichment.riskSignals()).extracting(RiskSignal::code, RiskSignal::level).containsExactly(
                tuple(RiskCodes.COLLECTIVE, RiskLevel.ORANGE),
                tuple(RiskCodes.ESCALATION, RiskLevel.ORANGE),
                tuple(RiskCodes.DANGER_TO_LIFE, RiskLevel.RED));
        assertThat(enrichment.riskSignals().get(2).evidence()).isEqualTo("村民李宝山说再不解决就去镇政府门口喝农药。");
        assertThat(enrichment.riskLevel()).isEqualTo(RiskLevel.RED);

        assertThat(enrichment.proceduralReplyDueAt()).isEqualTo(Records.RECEIVED.plusDays(7));
        assertThat(enrichment.substantiveReplyDueAt()).isEqualTo(Records.RECEIVED.plusMonths(3));
    }

    @Test
    void isPureSoARedeliveredRecordIsEnrichedIdentically() {
        Enrichment first = ENRICHER.enrich(COLLECTIVE_DEMOLITION_PETITION);
        Enrichment again = Enricher.standard(StandardEnrichment.SECRET).enrich(COLLECTIVE_DEMOLITION_PETITION);
        assertThat(again).isEqualTo(first);
        List<Enrichment> parallel = java.util.stream.IntStream.range(0, 200).parallel()
                .mapToObj(i -> ENRICHER.enrich(COLLECTIVE_DEMOLITION_PETITION)).distinct().toList();
        assertThat(parallel).containsExactly(first);
    }

    @Test
    void visitNotesHaveNoIdentityKeysDeadlinesOrDuplicateFingerprint() {
        Enrichment enrichment = ENRICHER.enrich(aVisitNote().urgency(Urgency.URGENT)
                .text("走访和平镇袁家营村", "村民反映灌溉渠道年久失修，今年春灌受到影响，部分耕地无法灌溉。").build());
        assertThat(enrichment.identityKeys()).isEmpty();
        assertThat(enrichment.fingerprint()).isNull();
        assertThat(enrichment.proceduralReplyDueAt()).isNull();
        assertThat(enrichment.substantiveReplyDueAt()).isNull();
        assertThat(enrichment.keyTerms()).contains("灌溉");
        assertThat(enrichment.riskSignals()).extracting(RiskSignal::code).containsExactly(RiskCodes.URGENT_VISIT);
        assertThat(enrichment.riskLevel()).isEqualTo(RiskLevel.YELLOW);
    }

    @Test
    void mediaReportsAreEnrichedFromTheirTextAndReach() {
        Enrichment enrichment = ENRICHER.enrich(aMediaReport().reach(150_000, 300, 800).build());
        assertThat(enrichment.identityKeys()).isEmpty();
        assertThat(enrichment.keyTerms()).contains("供暖");
        assertThat(enrichment.riskLevel()).isEqualTo(RiskLevel.ORANGE);
        assertThat(enrichment.proceduralReplyDueAt()).isNull();
    }

    @Test
    void aRecordWithoutRisksHasNoLevel() {
        Enrichment enrichment = ENRICHER.enrich(aPetition().build());
        assertThat(enrichment.riskSignals()).isEmpty();
        assertThat(enrichment.riskLevel()).isNull();
        assertThat(enrichment.identityKeys()).isEmpty();
    }
}
