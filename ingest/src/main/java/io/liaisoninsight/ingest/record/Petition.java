package io.liaisoninsight.ingest.record;

import io.liaisoninsight.schema.Channel;
import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.PetitionStatus;
import io.liaisoninsight.schema.Source;

import java.time.OffsetDateTime;
import java.util.List;

/** A petition (信访件) from topic petitions.v1, normalised. Optional fields are null when absent. */
public record Petition(
        String id,
        OffsetDateTime updatedAt,
        Channel channel,
        OffsetDateTime receivedAt,
        List<Complainant> complainants,
        int headcount,
        String district,
        String township,
        String title,
        String content,
        String category,
        PetitionStatus status,
        OffsetDateTime proceduralReplyAt,
        OffsetDateTime substantiveReplyAt,
        String replyText,
        String referredBy,
        String handlingUnit,
        EscalationLevel escalationLevel) implements IncomingRecord {

    public Petition {
        complainants = List.copyOf(complainants);
    }

    @Override
    public Source source() {
        return Source.PETITION;
    }

    @Override
    public OffsetDateTime occurredAt() {
        return receivedAt;
    }
}
