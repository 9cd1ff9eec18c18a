package io.liaisoninsight.ui.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a risk-assessment brief for one period and scope, all counted within the user's scope
 * and the meeting's (the intersection), over records whose own time ({@code occurredAt}) falls in the
 * period. Overdue is judged at {@link #generatedAt}.
 *
 * @param title        meeting title, or null for an ad-hoc brief
 * @param period       the days reviewed
 * @param scope        the labels reviewed ({@code *}: every record)
 * @param generatedAt  when the figures were computed
 * @param generatedBy  user name
 * @param masked       whether personal numbers in {@link #urgent} are masked
 * @param total        records of every source
 * @param petitions    petitions among them
 * @param bySource     records per source (constant names)
 * @param byDistrict   records per district, most first
 * @param weekly       records per week (Monday), every week of the period, zeros included
 * @param keyTerms     most frequent key terms
 * @param overdue      petitions with a reply deadline passed and no reply
 * @param collective   petitions with at least {@link #collectiveHeadcount} people
 * @param byRisk       records per risk level (constant names)
 * @param escalated    petitions taken above county level
 * @param byEscalation escalated petitions per level
 * @param urgent       the most urgent petitions (red/orange risk, overdue), most urgent first
 * @param decisions    the meeting's decisions (empty for an ad-hoc brief)
 */
public record Brief(String title, Period period, List<String> scope, Instant generatedAt, String generatedBy,
                    boolean masked, long total, long petitions, List<Count> bySource, List<Count> byDistrict,
                    List<WeekCount> weekly, List<Count> keyTerms, long overdue, long collective,
                    int collectiveHeadcount, List<Count> byRisk, long escalated, List<Count> byEscalation,
                    List<UrgentItem> urgent, List<Decision> decisions) {

    public Brief {
        bySource = List.copyOf(bySource);
        byDistrict = List.copyOf(byDistrict);
        weekly = List.copyOf(weekly);
        keyTerms = List.copyOf(keyTerms);
        byRisk = List.copyOf(byRisk);
        byEscalation = List.copyOf(byEscalation);
        urgent = List.copyOf(urgent);
        decisions = List.copyOf(decisions);
    }

    /** The same figures with a meeting's title and decisions. */
    public Brief forMeeting(Meeting meeting) {
        return new Brief(meeting.title(), period, scope, generatedAt, generatedBy, masked, total, petitions, bySource,
                byDistrict, weekly, keyTerms, overdue, collective, collectiveHeadcount, byRisk, escalated, byEscalation,
                urgent, meeting.decisions());
    }

    /** @param key a value (district, term, constant name); @param count records */
    public record Count(String key, long count) {
    }

    /** @param weekStart the Monday; @param count records that week (inside the period) */
    public record WeekCount(LocalDate weekStart, long count) {
    }

    /**
     * One urgent petition. Title and complainants are masked unless the brief was unmasked.
     *
     * @param receivedAt   when it came in
     * @param status       status constant name
     * @param riskLevel    risk level constant name, or null
     * @param overdueDays  days past the earliest missed reply deadline, 0 when none is missed
     * @param complainants e.g. {@code 张某某 138****1234 620102********123X}, one per person
     */
    public record UrgentItem(String id, Instant receivedAt, String district, String township, String title,
                             String status, String riskLevel, long overdueDays, List<String> complainants) {
        public UrgentItem {
            complainants = List.copyOf(complainants);
        }
    }
}
