package io.liaisoninsight.ingest.enrich.risk;

/**
 * Codes of the risk rules evaluated at ingest, stored in {@code riskSignals.code}. Overdue rules
 * (procedural/substantive reply, deputy referral) depend on the current time and are evaluated by
 * the UI at query time; surge and repeat-contact rules need other records. Their codes live there.
 */
public final class RiskCodes {

    private RiskCodes() {
    }

    /** Collective petition: headcount ≥ 5 orange, ≥ 20 red. */
    public static final String COLLECTIVE = "COLLECTIVE";
    /** Taken to a higher level: city yellow, province orange, national red. */
    public static final String ESCALATION = "ESCALATION";
    /** Language threatening life or safety (跳楼, 自焚, 同归于尽 …): red, for welfare intervention. */
    public static final String DANGER_TO_LIFE = "DANGER_TO_LIFE";
    /** Referred by a people's-congress deputy or CPPCC member: blue, for information. */
    public static final String DEPUTY_REFERRAL = "DEPUTY_REFERRAL";
    /** Media reach: ≥ 100k views or ≥ 1k shares orange, ≥ 10k views yellow. */
    public static final String MEDIA_AMPLIFICATION = "MEDIA_AMPLIFICATION";
    /** A liaison officer marked the visit note urgent: yellow. */
    public static final String URGENT_VISIT = "URGENT_VISIT";
}
