package io.liaisoninsight.ingest.record;

import io.liaisoninsight.schema.Source;

import java.time.OffsetDateTime;

/** A validated, normalised record of any source, with what every stage needs to know of it. */
public sealed interface IncomingRecord permits Petition, VisitNote, MediaReport {

    String id();

    Source source();

    /** Orders updates of the same id: a record older than the stored one is ignored. */
    OffsetDateTime updatedAt();

    /** The source's own event time: received, visited or published. */
    OffsetDateTime occurredAt();

    String district();

    String township();

    String title();

    String content();
}
