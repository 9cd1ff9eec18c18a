package io.liaisoninsight.ingest.enrich.risk;

import io.liaisoninsight.ingest.enrich.Enrichment.RiskSignal;
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

class RiskRulesTest {

    private final RiskRules rules = new RiskRules();

    @Test
    void collectivePetitionsAreOrangeFromFiveAndRedFromTwenty() {
        assertThat(rules.evaluate(aPetition().headcount(4).build())).isEmpty();
        assertThat(rules.evaluate(aPetition().headcount(5).build()))
                .containsExactly(new RiskSignal(RiskCodes.COLLECTIVE, RiskLevel.ORANGE, "集体信访，人数 5 人"));
        assertThat(rules.evaluate(aPetition().headcount(19).build())).extracting(RiskSignal::level)
                .containsExactly(RiskLevel.ORANGE);
        assertThat(rules.evaluate(aPetition().headcount(20).build())).extracting(RiskSignal::level)
                .containsExactly(RiskLevel.RED);
    }

    @Test
    void escalationLevelsMapToYellowOrangeRed() {
        assertThat(rules.evaluate(aPetition().escalation(EscalationLevel.COUNTY).build())).isEmpty();
        assertThat(rules.evaluate(aPetition().escalation(null).build())).isEmpty();
        assertThat(rules.evaluate(aPetition().escalation(EscalationLevel.CITY).build()))
                .extracting(RiskSignal::code, RiskSignal::level).containsExactly(tuple(RiskCodes.ESCALATION, RiskLevel.YELLOW));
        assertThat(rules.evaluate(aPetition().escalation(EscalationLevel.PROVINCE).build()))
                .extracting(RiskSignal::level).containsExactly(RiskLevel.ORANGE);
        assertThat(rules.evaluate(aPetition().escalation(EscalationLevel.NATIONAL).build()))
                .extracting(RiskSignal::level).containsExactly(RiskLevel.RED);
    }

    @Test
    void deputyReferralsAreBlueInformation() {
        assertThat(rules.evaluate(aPetition().channel(Channel.DEPUTY_REFERRAL).referredBy("市人大代表王建华").build()))
                .containsExactly(new RiskSignal(RiskCodes.DEPUTY_REFERRAL, RiskLevel.BLUE, "代表委员转办：市人大代表王建华"));
        assertThat(rules.evaluate(aPetition().channel(Channel.DEPUTY_REFERRAL).build()))
                .extracting(RiskSignal::evidence).containsExactly("代表委员转办");
    }

    @Test
    void mediaReachIsOrangeFromAHundredThousandViewsOrAThousandSharesAndYellowFromTenThousandViews() {
        assertThat(rules.evaluate(aMediaReport().reach(9_999, 999, 50).build())).isEmpty();
        assertThat(rules.evaluate(aMediaReport().reach(10_000, 0, 0).build())).extracting(RiskSignal::level)
                .containsExactly(RiskLevel.YELLOW);
        assertThat(rules.evaluate(aMediaReport().reach(100_000, 0, 0).build())).extracting(RiskSignal::level)
                .containsExactly(RiskLevel.ORANGE);
        assertThat(rules.evaluate(aMediaReport().reach(500, 1_000, 0).build()))
                .containsExactly(new RiskSignal(RiskCodes.MEDIA_AMPLIFICATION, RiskLevel.ORANGE, "浏览 500 次，转发 1000 次，评论 0 条"));
    }

    @Test
    void urgentVisitNotesAreYellow() {
        assertThat(rules.evaluate(aVisitNote().urgency(Urgency.ROUTINE).build())).isEmpty();
        assertThat(rules.evaluate(aVisitNote().urgency(Urgency.URGENT).build()))
                .extracting(RiskSignal::code, RiskSignal::level).containsExactly(tuple(RiskCodes.URGENT_VISIT, RiskLevel.YELLOW));
    }

    @Test
    void languageThreateningLifeIsRedWithTheSentenceAsEvidence() {
        List<RiskSignal> signals = rules.evaluate(aPetition().text("反映欠薪问题",
                "我们已经讨薪一年了。包工头还是不给钱，工友老马扬言再不给钱就从工地塔吊上跳楼！请领导尽快处理。").build());
        assertThat(signals).containsExactly(new RiskSignal(RiskCodes.DANGER_TO_LIFE, RiskLevel.RED,
                "包工头还是不给钱，工友老马扬言再不给钱就从工地塔吊上跳楼！"));
        assertThat(RiskRules.mostSevere(signals)).isEqualTo(RiskLevel.RED);
    }

    @Test
    void eachThreateningSentenceIsEvidenceOnceAndAtMostThree() {
        String text = "她说活不下去了。她说要喝农药。她还说要去跳河。她又说要自焚。";
        assertThat(rules.evaluate(aVisitNote().text("走访", text).build())).extracting(RiskSignal::evidence)
                .containsExactly("她说活不下去了。", "她说要喝农药。", "她还说要去跳河。");
        assertThat(rules.evaluate(aVisitNote().text("走访", "他以死相逼，扬言同归于尽。").build())).hasSize(1);
    }

    @Test
    void preventionWorkAndNegationsAreNoThreat() {
        assertThat(rules.evaluate(aVisitNote().text("宣传", "检察室到村里开展预防自杀和心理健康宣传活动。").build())).isEmpty();
        assertThat(rules.evaluate(aVisitNote().text("走访", "经了解，当事人情绪稳定，没有自杀倾向。").build())).isEmpty();
        // The same words as a threat still count.
        assertThat(rules.evaluate(aVisitNote().text("走访", "当事人称如果没人管，他就自杀。").build())).hasSize(1);
    }

    @Test
    void aThreatCountsOnlyWithHarm() {
        assertThat(rules.evaluate(aVisitNote().text("走访", "他扬言不解决就去北京上访。").build())).isEmpty();
        assertThat(rules.evaluate(aVisitNote().text("走访", "他扬言要报复村干部。").build())).extracting(RiskSignal::evidence)
                .containsExactly("他扬言要报复村干部。");
    }

    @Test
    void longSentencesAreCutAroundTheCue() {
        String padding = "因为拆迁补偿款一直没有兑现而且安置房也没有交付".repeat(5);
        List<RiskSignal> signals = rules.evaluate(aVisitNote().text("走访", padding + "他扬言要去市政府门口自焚" + padding + "。").build());
        assertThat(signals).singleElement().satisfies(signal -> {
            assertThat(signal.evidence()).contains("自焚").startsWith("…").endsWith("…");
            assertThat(signal.evidence().length()).isLessThanOrEqualTo(DangerLanguage.MAX_EVIDENCE_LENGTH + 2);
        });
    }

    @Test
    void theMostSevereLevelWins() {
        List<RiskSignal> signals = rules.evaluate(aPetition().headcount(8).escalation(EscalationLevel.CITY)
                .channel(Channel.DEPUTY_REFERRAL).build());
        assertThat(signals).extracting(RiskSignal::code)
                .containsExactly(RiskCodes.COLLECTIVE, RiskCodes.ESCALATION, RiskCodes.DEPUTY_REFERRAL);
        assertThat(RiskRules.mostSevere(signals)).isEqualTo(RiskLevel.ORANGE);
        assertThat(RiskRules.mostSevere(List.of())).isNull();
    }
}
