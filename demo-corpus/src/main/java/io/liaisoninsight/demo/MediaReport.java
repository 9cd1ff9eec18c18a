package io.liaisoninsight.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A media or online report as published on {@code media-reports.v1}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "updatedAt", "url", "outlet", "platform", "publishedAt", "title", "content", "district",
        "township", "reach"})
public record MediaReport(
        String id,
        String updatedAt,
        String url,
        String outlet,
        String platform,
        String publishedAt,
        String title,
        String content,
        String district,
        String township,
        Reach reach) {

    /** Views, shares and comments so far. */
    public record Reach(long views, long shares, long comments) {
    }

    /** The same report later, when its reach has grown. */
    MediaReport withReach(String newUpdatedAt, Reach newReach) {
        return new MediaReport(id, newUpdatedAt, url, outlet, platform, publishedAt, title, content, district, township,
                newReach);
    }

    /** A copy of this report published by another outlet. */
    MediaReport repostedAs(String newId, String newUrl, String newOutlet, String newPlatform, String newPublishedAt,
                           String newTitle, String newContent, Reach newReach) {
        return new MediaReport(newId, newPublishedAt, newUrl, newOutlet, newPlatform, newPublishedAt, newTitle,
                newContent, district, township, newReach);
    }
}
