package io.liaisoninsight.ingest.enrich;

import io.liaisoninsight.ingest.record.Complainant;
import io.liaisoninsight.ingest.record.MediaReport;
import io.liaisoninsight.ingest.record.Petition;
import io.liaisoninsight.ingest.record.VisitNote;
import io.liaisoninsight.schema.Channel;
import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.PetitionStatus;
import io.liaisoninsight.schema.Urgency;
import io.liaisoninsight.schema.VisitFunction;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builders of normalised records for enrichment tests, with plausible defaults: aPetition().headcount(12).build(). */
public final class Records {

    public static final OffsetDateTime RECEIVED = OffsetDateTime.of(2024, 3, 4, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    private Records() {
    }

    public static PetitionBuilder aPetition() {
        return new PetitionBuilder();
    }

    public static VisitNoteBuilder aVisitNote() {
        return new VisitNoteBuilder();
    }

    public static MediaReportBuilder aMediaReport() {
        return new MediaReportBuilder();
    }

    public static final class PetitionBuilder {
        private Channel channel = Channel.LETTER;
        private OffsetDateTime receivedAt = RECEIVED;
        private final List<Complainant> complainants = new ArrayList<>();
        private int headcount = 1;
        private String district = "榆中县";
        private String township = "和平镇";
        private String title = "反映拆迁补偿款问题";
        private String content = "群众反映拆迁补偿款被村干部挪用。";
        private String referredBy;
        private EscalationLevel escalationLevel = EscalationLevel.COUNTY;

        public PetitionBuilder channel(Channel value) {
            channel = value;
            return this;
        }

        public PetitionBuilder receivedAt(OffsetDateTime value) {
            receivedAt = value;
            return this;
        }

        public PetitionBuilder complainant(String name, String idNumber, String phone) {
            complainants.add(new Complainant(name, idNumber, phone, null));
            return this;
        }

        public PetitionBuilder headcount(int value) {
            headcount = value;
            return this;
        }

        public PetitionBuilder township(String value) {
            township = value;
            return this;
        }

        public PetitionBuilder text(String newTitle, String newContent) {
            title = newTitle;
            content = newContent;
            return this;
        }

        public PetitionBuilder referredBy(String value) {
            referredBy = value;
            return this;
        }

        public PetitionBuilder escalation(EscalationLevel value) {
            escalationLevel = value;
            return this;
        }

        public Petition build() {
            return new Petition("petition-1", receivedAt, channel, receivedAt, complainants, headcount, district, township,
                    title, content, "征地拆迁", PetitionStatus.RECEIVED, null, null, null, referredBy, "榆中县人民检察院",
                    escalationLevel);
        }
    }

    public static final class VisitNoteBuilder {
        private Urgency urgency = Urgency.ROUTINE;
        private String title = "走访和平镇袁家营村";
        private String content = "走访中村民反映灌溉渠道年久失修，今年春灌受到影响。";

        public VisitNoteBuilder urgency(Urgency value) {
            urgency = value;
            return this;
        }

        public VisitNoteBuilder text(String newTitle, String newContent) {
            title = newTitle;
            content = newContent;
            return this;
        }

        public VisitNote build() {
            return new VisitNote("visit-1", RECEIVED, "和平镇检察室", "刘明", "榆中县", "和平镇", "袁家营村", RECEIVED,
                    VisitFunction.COLLECT, urgency, title, content);
        }
    }

    public static final class MediaReportBuilder {
        private MediaReport.Reach reach = MediaReport.Reach.NONE;
        private String title = "网友反映小区供暖不热";
        private String content = "有网友发帖称，城关区某小区入冬以来室温只有十二度，业主多次投诉无果。";

        public MediaReportBuilder reach(long views, long shares, long comments) {
            reach = new MediaReport.Reach(views, shares, comments);
            return this;
        }

        public MediaReportBuilder text(String newTitle, String newContent) {
            title = newTitle;
            content = newContent;
            return this;
        }

        public MediaReport build() {
            return new MediaReport("media-1", RECEIVED, "https://example.org/post/1", "兰州论坛", "WEB", RECEIVED, title,
                    content, "城关区", null, reach);
        }
    }
}
