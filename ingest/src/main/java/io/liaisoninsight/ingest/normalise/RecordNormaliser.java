package io.liaisoninsight.ingest.normalise;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.ingest.read.RecordReading;
import io.liaisoninsight.ingest.record.Complainant;
import io.liaisoninsight.ingest.record.IncomingRecord;
import io.liaisoninsight.ingest.record.MediaReport;
import io.liaisoninsight.ingest.record.Petition;
import io.liaisoninsight.ingest.record.VisitNote;
import io.liaisoninsight.ingest.validate.Violation;
import io.liaisoninsight.schema.Channel;
import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.PetitionStatus;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.schema.Urgency;
import io.liaisoninsight.schema.VisitFunction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a record that passed its JSON Schema into a typed, normalised record: text cleaned, times
 * in the configured zone, ID numbers checked and in 18-character form, phones normalised. What the
 * schema cannot see (a wrong check digit, an impossible date) becomes a violation naming the field.
 * Reads leniently (a value of the wrong type or code reads as absent), so a record that broke its
 * contract can still be read for these problems too.
 */
public final class RecordNormaliser {

    private final TextNormaliser text = new TextNormaliser();
    private final IdNumbers idNumbers = new IdNumbers();
    private final Phones phones = new Phones();
    private final Timestamps timestamps;

    public RecordNormaliser(Timestamps timestamps) {
        this.timestamps = timestamps;
    }

    public RecordReading normalise(Source source, JsonNode json) {
        Fields f = new Fields(json);
        IncomingRecord record = switch (source) {
            case PETITION -> petition(f);
            case VISIT_NOTE -> visitNote(f);
            case MEDIA_REPORT -> mediaReport(f);
        };
        return f.violations.isEmpty() ? RecordReading.accepted(record) : RecordReading.rejected(f.violations);
    }

    private Petition petition(Fields f) {
        List<Complainant> complainants = new ArrayList<>();
        JsonNode people = f.json.path("complainants");
        LocalDate today = timestamps.today();
        for (int i = 0; i < people.size(); i++) {
            JsonNode person = people.get(i);
            String where = "complainants[" + i + "].";
            String idNumber = null;
            if (person.hasNonNull("idNumber") && !person.get("idNumber").asText().isBlank()) {
                Normalised<String> id = idNumbers.normalise(person.get("idNumber").asText(), today);
                idNumber = f.accept(where + "idNumber", id);
            }
            String phone = null;
            if (person.hasNonNull("phone") && !person.get("phone").asText().isBlank()) {
                phone = f.accept(where + "phone", phones.normalise(person.get("phone").asText()));
            }
            complainants.add(new Complainant(text.normalise(person.path("name").asText()).replace(" ", ""),
                    idNumber, phone, f.text(person, "address")));
        }
        int headcount = f.json.hasNonNull("headcount") ? f.json.get("headcount").asInt() : Math.max(1, complainants.size());
        String referredBy = f.text("referredBy");
        Channel channel = f.code(Channel.class, "channel");
        if (channel == Channel.DEPUTY_REFERRAL && referredBy == null) {
            f.violations.add(new Violation("referredBy", "代表委员转办件必须注明转办的代表或委员"));
        }
        return new Petition(f.json.path("id").asText(), f.time("updatedAt"), channel, f.time("receivedAt"),
                complainants, headcount, f.text("district"), f.text("township"), f.text("title"), f.text("content"),
                f.text("category"), f.code(PetitionStatus.class, "status"),
                f.time("proceduralReplyAt"), f.time("substantiveReplyAt"), f.text("replyText"), referredBy,
                f.text("handlingUnit"), f.code(EscalationLevel.class, "escalationLevel"));
    }

    private VisitNote visitNote(Fields f) {
        return new VisitNote(f.json.path("id").asText(), f.time("updatedAt"), f.text("office"), f.text("officer"),
                f.text("district"), f.text("township"), f.text("village"), f.time("visitedAt"),
                f.code(VisitFunction.class, "function"),
                f.code(Urgency.class, "urgency"), f.text("title"), f.text("content"));
    }

    private MediaReport mediaReport(Fields f) {
        JsonNode reach = f.json.path("reach");
        return new MediaReport(f.json.path("id").asText(), f.time("updatedAt"), f.text("url"), f.text("outlet"),
                f.text("platform"), f.time("publishedAt"), f.text("title"), f.text("content"), f.text("district"),
                f.text("township"), new MediaReport.Reach(reach.path("views").asLong(), reach.path("shares").asLong(),
                reach.path("comments").asLong()));
    }

    /** Reads fields of one record, collecting violations instead of stopping at the first. */
    private final class Fields {
        private final JsonNode json;
        private final List<Violation> violations = new ArrayList<>();

        Fields(JsonNode json) {
            this.json = json;
        }

        String text(String field) {
            return text(json, field);
        }

        String text(JsonNode node, String field) {
            if (!node.hasNonNull(field)) {
                return null;
            }
            String value = RecordNormaliser.this.text.normalise(node.get(field).asText());
            return value.isEmpty() ? null : value;
        }

        /** The coded value, or null when absent or not a code (the contract check names that). */
        <E extends Enum<E>> E code(Class<E> type, String field) {
            if (!json.hasNonNull(field)) {
                return null;
            }
            try {
                return Enum.valueOf(type, json.get(field).asText());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        OffsetDateTime time(String field) {
            return json.hasNonNull(field) ? accept(field, timestamps.parse(json.get(field).asText())) : null;
        }

        <T> T accept(String field, Normalised<T> normalised) {
            if (!normalised.valid()) {
                violations.add(new Violation(field, normalised.problem()));
            }
            return normalised.value();
        }
    }
}
