package io.liaisoninsight.ui.complainant;

import java.time.Instant;
import java.util.List;

/**
 * A complainant's profile as one user may see it: only the matters inside the user's scope, figures
 * recomputed from those, contact details taken from those petitions and masked unless unmasked (audited).
 * Identity key hashes are never part of it. Also the JSON of {@code GET /api/complainants/{id}}.
 *
 * @param identityId      the identity shown
 * @param requestedId     the id asked for, when it was merged into {@code identityId}; else null
 * @param names           names on the user's petitions of this person
 * @param masked          whether ID and phone numbers are masked
 * @param channels        matters per channel
 * @param townships       {@code district/township}
 * @param linkedBy        key types that joined these matters (ID_NUMBER, PHONE, NAME_TOWNSHIP)
 * @param escalationLevel highest level reached, or null
 * @param contacts        contact details as given on the petitions
 * @param matters         newest first
 */
public record ComplainantProfile(String identityId, String requestedId, List<String> names, boolean masked,
                                 int contactCount, long openMatters, long overdueMatters, List<ChannelCount> channels,
                                 List<String> districts, List<String> townships, Instant firstContactAt,
                                 Instant lastContactAt, List<String> linkedBy, String escalationLevel,
                                 List<Contact> contacts, List<MatterRow> matters) {

    public record ChannelCount(String channel, long count) {
    }

    /** @param recordIds the user's petitions that give these details */
    public record Contact(String name, String idNumber, String phone, String address, List<String> recordIds) {
    }

    /**
     * @param title       the petition's title (masked), null if the petition is not indexed yet
     * @param overdueDays whole days past the missed deadline, null if not overdue
     */
    public record MatterRow(String id, String title, String channel, Instant receivedAt, String status, boolean open,
                            Instant proceduralReplyDueAt, Instant substantiveReplyDueAt, Long overdueDays,
                            String district, String township, String escalationLevel) {
    }
}
