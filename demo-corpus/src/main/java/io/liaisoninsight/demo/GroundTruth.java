package io.liaisoninsight.demo;

import io.liaisoninsight.schema.EscalationLevel;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * What was planted in a corpus, for scoring identity resolution, duplicate grouping, hot-spot detection, risk
 * signals and deadline tracking. Only records that were actually emitted are referenced. The JSON form is
 * {@code ground-truth.json}; the module README describes each field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroundTruth(
        String format,
        Settings settings,
        Counts counts,
        Map<String, List<String>> synonymGroups,
        List<String> dangerKeywords,
        List<Person> persons,
        List<Namesake> namesakes,
        List<DuplicateGroup> duplicateGroups,
        List<HotSpot> hotSpots,
        List<String> collective,
        Map<EscalationLevel, List<String>> escalated,
        List<String> deputyReferrals,
        List<Danger> dangerLanguage,
        Deadlines deadlines,
        List<Update> updates) {

    public static final String FORMAT = "liaison-insight-demo-ground-truth/1";

    public record Settings(long seed, long records, String asOf, String zone, String from, String until) {
    }

    /** Messages emitted per source (updates and duplicates included), distinct record ids, bytes of JSON. */
    public record Counts(long messages, long petitions, long visitNotes, long mediaReports, long distinctIds,
                         long bytes) {
    }

    /**
     * A person behind several records (or a namesake of one). Persons not listed appear on one record only.
     *
     * @param role RECURRING (a repeat complainant), NAMESAKE (same name as a recurring person, another person),
     *             or DUPLICATE_SENDER (sent the same complaint more than once)
     * @param matterOpen for RECURRING: whether the matter is still unresolved at the as-of date
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(String personId, String name, String idNumber, String phone, String role, String district,
                         String township, Boolean matterOpen, List<Contact> contacts) {
    }

    /**
     * One record on which a person appears, and what it carried.
     *
     * @param complainantIndex index in the petition's {@code complainants}
     * @param nameGiven        the name as written on the record (may be a variant of the person's name)
     * @param idNumber         whether the record carried the person's ID number (possibly formatted differently)
     * @param phone            whether it carried the phone number (possibly formatted differently)
     */
    public record Contact(String recordId, int complainantIndex, String nameGiven, boolean idNumber, boolean phone,
                          String channel, String receivedAt) {
    }

    /** Different persons (all listed in {@code persons}) who share a name. */
    public record Namesake(String name, List<String> personIds) {
    }

    /**
     * Records that are the same complaint or report. The first member is the original.
     *
     * @param kind EXACT (identical title and content), NEAR (re-sent with small edits), CHANNEL (the same complaint
     *             through another channel, maybe lightly edited) or REPOST (a media report re-published elsewhere)
     */
    public record DuplicateGroup(String groupId, String kind, List<Member> members) {
    }

    /** @param edits what was changed against the original, e.g. SWAP_SENTENCES, CHAR_EDIT; empty for the original */
    public record Member(String recordId, List<String> edits) {
    }

    /**
     * A matter that spans sources with growing volume.
     *
     * @param keyPhrase the name that identifies it in the texts (a 小区, a company, a factory ...)
     * @param ongoing   still growing at the as-of date
     */
    public record HotSpot(String hotSpotId, String label, String category, String keyPhrase, String district,
                          String township, String firstDay, String lastDay, boolean ongoing, List<String> petitions,
                          List<String> visitNotes, List<String> mediaReports) {
    }

    public record Danger(String recordId, String keyword) {
    }

    /** Petition ids by deadline state at the start of the as-of date (final versions). */
    public record Deadlines(List<String> proceduralOverdue, List<String> substantiveOverdue,
                            List<String> deputyReferralOverdue, List<String> proceduralLate,
                            List<String> substantiveLate) {
    }

    /**
     * An id emitted more than once. The final version is the one with the newest updatedAt; stale messages came
     * later but carry an older updatedAt and must be ignored.
     *
     * @param finalStatus the final petition status; absent for media reports (their reach changed)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Update(String id, String source, String finalUpdatedAt, String finalStatus, int messages,
                         int staleMessages) {
    }

    public void write(OutputStream out) throws IOException {
        mapper().writeValue(out, this);
    }

    public static GroundTruth read(InputStream in) throws IOException {
        return mapper().readValue(in, GroundTruth.class);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
