package io.liaisoninsight.ui.visitnote;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings under {@code liaison.visit-notes}.
 *
 * @param topicPrefix prefix of the topic notes are published to, as ingest's {@code liaison.ingest.topic-prefix}
 *                    (prefix {@code it-1234.} gives {@code it-1234.visit-notes.v1}); default none. Must match ingest's.
 * @param sendTimeout how long a submit waits for the broker's acknowledgement before telling the officer it
 *                    failed; default 10 s
 */
@ConfigurationProperties("liaison.visit-notes")
public record VisitNoteSettings(@DefaultValue("") String topicPrefix, @DefaultValue("10s") Duration sendTimeout) {
}
