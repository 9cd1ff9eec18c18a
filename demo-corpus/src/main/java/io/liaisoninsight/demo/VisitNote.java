package io.liaisoninsight.demo;

import io.liaisoninsight.schema.Urgency;
import io.liaisoninsight.schema.VisitFunction;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A liaison office's visit note as published on {@code visit-notes.v1}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "updatedAt", "office", "officer", "district", "township", "village", "visitedAt", "function",
        "urgency", "title", "content"})
public record VisitNote(
        String id,
        String updatedAt,
        String office,
        String officer,
        String district,
        String township,
        String village,
        String visitedAt,
        VisitFunction function,
        Urgency urgency,
        String title,
        String content) {
}
