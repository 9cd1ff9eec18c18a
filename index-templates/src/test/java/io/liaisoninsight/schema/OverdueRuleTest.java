package io.liaisoninsight.schema;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OverdueRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private static final Instant PAST = NOW.minusSeconds(86_400);
    private static final Instant FUTURE = NOW.plusSeconds(86_400);

    @Test
    void anOpenMatterPastItsSubstantiveDeadlineIsOverdueOnIt() {
        assertThat(OverdueRule.overdueSince(true, "IN_PROGRESS", PAST.minusSeconds(60), null, PAST, NOW)).isEqualTo(PAST);
    }

    @Test
    void theProceduralDeadlineCountsOnlyWhileTheMatterIsJustReceivedAndUnanswered() {
        assertThat(OverdueRule.overdueSince(true, "RECEIVED", PAST, null, FUTURE, NOW)).isEqualTo(PAST);
        assertThat(OverdueRule.overdueSince(true, "RECEIVED", PAST, PAST, FUTURE, NOW)).isNull();
        assertThat(OverdueRule.overdueSince(true, "PROCEDURAL_REPLY", PAST, null, FUTURE, NOW)).isNull();
    }

    @Test
    void aClosedMatterOrMissingDeadlinesAreNeverOverdue() {
        assertThat(OverdueRule.overdueSince(false, "CLOSED", PAST, null, PAST, NOW)).isNull();
        assertThat(OverdueRule.overdueSince(true, "RECEIVED", null, null, null, NOW)).isNull();
    }
}
