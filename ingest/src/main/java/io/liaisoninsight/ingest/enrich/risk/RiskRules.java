package io.liaisoninsight.ingest.enrich.risk;

import io.liaisoninsight.ingest.enrich.Enrichment.RiskSignal;
import io.liaisoninsight.ingest.enrich.text.AnalysedText;
import io.liaisoninsight.ingest.record.IncomingRecord;
import io.liaisoninsight.ingest.record.MediaReport;
import io.liaisoninsight.ingest.record.Petition;
import io.liaisoninsight.ingest.record.VisitNote;
import io.liaisoninsight.schema.Channel;
import io.liaisoninsight.schema.RiskLevel;
import io.liaisoninsight.schema.Urgency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The risk rules that need nothing but the record itself, each an explainable hit with evidence in
 * Chinese for the risk board. Levels follow Chinese early-warning practice (红/橙/黄/蓝). Rules that
 * depend on the current time (overdue replies) or on other records (surges, repeat contacts) are not
 * here. Stateless and thread-safe.
 */
public final class RiskRules {

    public static final int COLLECTIVE_ORANGE = 5;
    public static final int COLLECTIVE_RED = 20;
    public static final long MEDIA_VIEWS_ORANGE = 100_000;
    public static final long MEDIA_SHARES_ORANGE = 1_000;
    public static final long MEDIA_VIEWS_YELLOW = 10_000;

    private final DangerLanguage dangerLanguage = new DangerLanguage();

    public List<RiskSignal> evaluate(IncomingRecord record) {
        List<RiskSignal> signals = new ArrayList<>();
        if (record instanceof Petition petition) {
            petitionRules(petition, signals);
        } else if (record instanceof VisitNote note && note.urgency() == Urgency.URGENT) {
            signals.add(new RiskSignal(RiskCodes.URGENT_VISIT, RiskLevel.YELLOW, "联络员标记为紧急：" + orEmpty(note.title())));
        } else if (record instanceof MediaReport report) {
            mediaRules(report, signals);
        }
        for (String sentence : dangerLanguage.evidence(AnalysedText.join(record.title(), record.content()))) {
            signals.add(new RiskSignal(RiskCodes.DANGER_TO_LIFE, RiskLevel.RED, sentence));
        }
        return List.copyOf(signals);
    }

    /** The most severe level among the signals (RED first), null when there are none. */
    public static RiskLevel mostSevere(List<RiskSignal> signals) {
        return signals.stream().map(RiskSignal::level).min(Comparator.naturalOrder()).orElse(null);
    }

    private static void petitionRules(Petition petition, List<RiskSignal> signals) {
        int headcount = petition.headcount();
        if (headcount >= COLLECTIVE_ORANGE) {
            RiskLevel level = headcount >= COLLECTIVE_RED ? RiskLevel.RED : RiskLevel.ORANGE;
            signals.add(new RiskSignal(RiskCodes.COLLECTIVE, level, "集体信访，人数 " + headcount + " 人"));
        }
        if (petition.escalationLevel() != null) {
            switch (petition.escalationLevel()) {
                case CITY -> signals.add(new RiskSignal(RiskCodes.ESCALATION, RiskLevel.YELLOW, "已反映至市级"));
                case PROVINCE -> signals.add(new RiskSignal(RiskCodes.ESCALATION, RiskLevel.ORANGE, "已反映至省级"));
                case NATIONAL -> signals.add(new RiskSignal(RiskCodes.ESCALATION, RiskLevel.RED, "已反映至国家级（进京）"));
                case COUNTY -> {
                    // The county is where matters start: no escalation.
                }
            }
        }
        if (petition.channel() == Channel.DEPUTY_REFERRAL) {
            String by = petition.referredBy();
            signals.add(new RiskSignal(RiskCodes.DEPUTY_REFERRAL, RiskLevel.BLUE,
                    by == null || by.isBlank() ? "代表委员转办" : "代表委员转办：" + by));
        }
    }

    private static void mediaRules(MediaReport report, List<RiskSignal> signals) {
        MediaReport.Reach reach = report.reach() == null ? MediaReport.Reach.NONE : report.reach();
        String evidence = "浏览 " + reach.views() + " 次，转发 " + reach.shares() + " 次，评论 " + reach.comments() + " 条";
        if (reach.views() >= MEDIA_VIEWS_ORANGE || reach.shares() >= MEDIA_SHARES_ORANGE) {
            signals.add(new RiskSignal(RiskCodes.MEDIA_AMPLIFICATION, RiskLevel.ORANGE, evidence));
        } else if (reach.views() >= MEDIA_VIEWS_YELLOW) {
            signals.add(new RiskSignal(RiskCodes.MEDIA_AMPLIFICATION, RiskLevel.YELLOW, evidence));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
