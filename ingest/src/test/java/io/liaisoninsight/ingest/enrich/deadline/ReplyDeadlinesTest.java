package io.liaisoninsight.ingest.enrich.deadline;

import io.liaisoninsight.ingest.enrich.deadline.ReplyDeadlines.Due;
import io.liaisoninsight.schema.Channel;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.liaisoninsight.ingest.enrich.Records.aMediaReport;
import static io.liaisoninsight.ingest.enrich.Records.aPetition;
import static io.liaisoninsight.ingest.enrich.Records.aVisitNote;
import static org.assertj.core.api.Assertions.assertThat;

class ReplyDeadlinesTest {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private final ReplyDeadlines deadlines = new ReplyDeadlines();

    private Due dueFor(OffsetDateTime received) {
        return deadlines.of(aPetition().receivedAt(received).build());
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 16, 45, 0, 0, BEIJING);
    }

    @Test
    void proceduralReplyIsDueSevenCalendarDaysLaterAtTheSameTime() {
        assertThat(dueFor(at(2024, 3, 4)).proceduralReply()).isEqualTo(at(2024, 3, 11));
        assertThat(dueFor(at(2023, 12, 28)).proceduralReply()).isEqualTo(at(2024, 1, 4));
        assertThat(dueFor(at(2024, 2, 26)).proceduralReply()).isEqualTo(at(2024, 3, 4)); // leap year: Feb 29 counts
    }

    @Test
    void substantiveReplyIsDueThreeMonthsLaterClampedToTheMonthEnd() {
        assertThat(dueFor(at(2024, 3, 4)).substantiveReply()).isEqualTo(at(2024, 6, 4));
        assertThat(dueFor(at(2022, 11, 30)).substantiveReply()).isEqualTo(at(2023, 2, 28));
        assertThat(dueFor(at(2023, 11, 30)).substantiveReply()).isEqualTo(at(2024, 2, 29));
        assertThat(dueFor(at(2023, 11, 29)).substantiveReply()).isEqualTo(at(2024, 2, 29));
        assertThat(dueFor(at(2024, 8, 31)).substantiveReply()).isEqualTo(at(2024, 11, 30));
        assertThat(dueFor(at(2024, 10, 31)).substantiveReply()).isEqualTo(at(2025, 1, 31));
    }

    @Test
    void deadlinesKeepTheRecordsOffset() {
        OffsetDateTime received = OffsetDateTime.of(2024, 1, 31, 23, 30, 0, 0, BEIJING);
        Due due = dueFor(received);
        assertThat(due.proceduralReply()).isEqualTo(OffsetDateTime.of(2024, 2, 7, 23, 30, 0, 0, BEIJING));
        assertThat(due.substantiveReply()).isEqualTo(OffsetDateTime.of(2024, 4, 30, 23, 30, 0, 0, BEIJING));
        assertThat(due.substantiveReply().getOffset()).isEqualTo(BEIJING);
    }

    @Test
    void deputyReferralsHaveTheSameThreeMonths() {
        Due due = deadlines.of(aPetition().channel(Channel.DEPUTY_REFERRAL).receivedAt(at(2024, 5, 31)).build());
        assertThat(due.substantiveReply()).isEqualTo(at(2024, 8, 31));
        assertThat(due.proceduralReply()).isEqualTo(at(2024, 6, 7));
    }

    @Test
    void visitNotesAndMediaReportsHaveNoDeadlines() {
        assertThat(deadlines.of(aVisitNote().build())).isEqualTo(Due.NONE);
        assertThat(deadlines.of(aMediaReport().build())).isEqualTo(Due.NONE);
    }
}
