package io.liaisoninsight.demo;

import io.liaisoninsight.schema.PetitionStatus;
import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.Channel;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A petition as published on {@code petitions.v1}; field names follow {@code petitions.v1.schema.json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "updatedAt", "channel", "receivedAt", "complainants", "headcount", "district", "township",
        "title", "content", "category", "status", "proceduralReplyAt", "substantiveReplyAt", "replyText",
        "referredBy", "handlingUnit", "escalationLevel"})
public record Petition(
        String id,
        String updatedAt,
        Channel channel,
        String receivedAt,
        List<Complainant> complainants,
        Integer headcount,
        String district,
        String township,
        String title,
        String content,
        String category,
        PetitionStatus status,
        String proceduralReplyAt,
        String substantiveReplyAt,
        String replyText,
        String referredBy,
        String handlingUnit,
        EscalationLevel escalationLevel) {

    /** The same petition under another id, e.g. a copy sent again through another channel. */
    Petition withIdentity(String newId, Channel newChannel, String newReceivedAt, List<Complainant> newComplainants,
                          String newTitle, String newContent, String newReferredBy) {
        return new Petition(newId, updatedAt, newChannel, newReceivedAt, newComplainants, headcount, district, township,
                newTitle, newContent, category, status, proceduralReplyAt, substantiveReplyAt, replyText,
                newReferredBy, handlingUnit, escalationLevel);
    }

    /** This petition as its source system knew it at one point of its handling. */
    Petition withState(String newUpdatedAt, PetitionStatus newStatus, String newProceduralReplyAt,
                       String newSubstantiveReplyAt, String newReplyText) {
        return new Petition(id, newUpdatedAt, channel, receivedAt, complainants, headcount, district, township, title,
                content, category, newStatus, newProceduralReplyAt, newSubstantiveReplyAt, newReplyText, referredBy,
                handlingUnit, escalationLevel);
    }
}
