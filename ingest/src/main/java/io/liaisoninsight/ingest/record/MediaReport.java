package io.liaisoninsight.ingest.record;

import io.liaisoninsight.schema.Source;

import java.time.OffsetDateTime;

/** A media or online report (舆情) from topic media-reports.v1, normalised. District may be unknown (null). */
public record MediaReport(
        String id,
        OffsetDateTime updatedAt,
        String url,
        String outlet,
        String platform,
        OffsetDateTime publishedAt,
        String title,
        String content,
        String district,
        String township,
        Reach reach) implements IncomingRecord {

    /** Audience figures; zero when not reported. */
    public record Reach(long views, long shares, long comments) {
        public static final Reach NONE = new Reach(0, 0, 0);
    }

    @Override
    public Source source() {
        return Source.MEDIA_REPORT;
    }

    @Override
    public OffsetDateTime occurredAt() {
        return publishedAt;
    }
}
