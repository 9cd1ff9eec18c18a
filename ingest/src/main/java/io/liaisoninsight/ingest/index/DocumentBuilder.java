package io.liaisoninsight.ingest.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.ingest.enrich.Enrichment;
import io.liaisoninsight.ingest.record.Complainant;
import io.liaisoninsight.ingest.record.IncomingRecord;
import io.liaisoninsight.ingest.record.MediaReport;
import io.liaisoninsight.ingest.record.Petition;
import io.liaisoninsight.ingest.record.VisitNote;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * Builds the stored document of a record from the shared field contract ({@link Fields}): the
 * record's own fields, its enrichment, and the time it was ingested. Dotted names in
 * {@code Fields} become nested objects, as the mapping declares them.
 */
public final class DocumentBuilder {

    /** Version of this document layout, stored so a later reindex can tell old documents apart. */
    static final int DOCUMENT_SCHEMA_VERSION = 1;

    private final ObjectMapper json;
    private final IndexNames names;
    private final Clock clock;

    public DocumentBuilder(ObjectMapper json, IndexNames names, Clock clock) {
        this.json = json;
        this.names = names;
        this.clock = clock;
    }

    public PendingWrite build(IncomingRecord record, Enrichment enrichment) {
        ObjectNode doc = json.createObjectNode();
        doc.put(Fields.ID, record.id());
        doc.put(Fields.SOURCE, record.source().name());
        doc.put(Fields.SCHEMA_VERSION, DOCUMENT_SCHEMA_VERSION);
        time(doc, Fields.OCCURRED_AT, record.occurredAt());
        time(doc, Fields.UPDATED_AT, record.updatedAt());
        doc.put(Fields.INGESTED_AT, OffsetDateTime.now(clock.withZone(names.zone())).toString());
        text(doc, Fields.DISTRICT, record.district());
        text(doc, Fields.TOWNSHIP, record.township());
        text(doc, Fields.TITLE, record.title());
        text(doc, Fields.CONTENT, record.content());
        if (record instanceof Petition p) {
            petition(doc, p, enrichment);
        } else if (record instanceof VisitNote v) {
            visitNote(doc, v);
        } else if (record instanceof MediaReport m) {
            mediaReport(doc, m);
        }
        enrichment(doc, enrichment);
        return new PendingWrite(names.monthlyIndex(record.source(), record.occurredAt().toInstant()), record.id(),
                record.updatedAt().toInstant().toEpochMilli(), doc);
    }

    private void petition(ObjectNode doc, Petition p, Enrichment e) {
        doc.put(Fields.Petition.CHANNEL, p.channel().name());
        time(doc, Fields.Petition.RECEIVED_AT, p.receivedAt());
        ArrayNode people = doc.putArray(parent(Fields.Petition.COMPLAINANT_NAME));
        for (Complainant c : p.complainants()) {
            ObjectNode person = people.addObject();
            text(person, leaf(Fields.Petition.COMPLAINANT_NAME), c.name());
            text(person, leaf(Fields.Petition.COMPLAINANT_ID_NUMBER), c.idNumber());
            text(person, leaf(Fields.Petition.COMPLAINANT_PHONE), c.phone());
            text(person, leaf(Fields.Petition.COMPLAINANT_ADDRESS), c.address());
        }
        doc.put(Fields.Petition.HEADCOUNT, p.headcount());
        text(doc, Fields.Petition.CATEGORY, p.category());
        doc.put(Fields.Petition.STATUS, p.status().name());
        time(doc, Fields.Petition.PROCEDURAL_REPLY_DUE_AT, e.proceduralReplyDueAt());
        time(doc, Fields.Petition.PROCEDURAL_REPLY_AT, p.proceduralReplyAt());
        time(doc, Fields.Petition.SUBSTANTIVE_REPLY_DUE_AT, e.substantiveReplyDueAt());
        time(doc, Fields.Petition.SUBSTANTIVE_REPLY_AT, p.substantiveReplyAt());
        text(doc, Fields.Petition.REPLY_TEXT, p.replyText());
        text(doc, Fields.Petition.REFERRED_BY, p.referredBy());
        text(doc, Fields.Petition.HANDLING_UNIT, p.handlingUnit());
        if (p.escalationLevel() != null) {
            doc.put(Fields.Petition.ESCALATION_LEVEL, p.escalationLevel().name());
        }
    }

    private void visitNote(ObjectNode doc, VisitNote v) {
        text(doc, Fields.VisitNote.OFFICE, v.office());
        text(doc, Fields.VisitNote.OFFICER, v.officer());
        text(doc, Fields.VisitNote.VILLAGE, v.village());
        time(doc, Fields.VisitNote.VISITED_AT, v.visitedAt());
        doc.put(Fields.VisitNote.FUNCTION, v.function().name());
        doc.put(Fields.VisitNote.URGENCY, v.urgency().name());
    }

    private void mediaReport(ObjectNode doc, MediaReport m) {
        text(doc, Fields.MediaReport.URL, m.url());
        text(doc, Fields.MediaReport.OUTLET, m.outlet());
        text(doc, Fields.MediaReport.PLATFORM, m.platform());
        time(doc, Fields.MediaReport.PUBLISHED_AT, m.publishedAt());
        ObjectNode reach = doc.putObject(parent(Fields.MediaReport.REACH_VIEWS));
        reach.put(leaf(Fields.MediaReport.REACH_VIEWS), m.reach().views());
        reach.put(leaf(Fields.MediaReport.REACH_SHARES), m.reach().shares());
        reach.put(leaf(Fields.MediaReport.REACH_COMMENTS), m.reach().comments());
    }

    private void enrichment(ObjectNode doc, Enrichment e) {
        strings(doc, Fields.KEY_TERMS, e.keyTerms());
        ObjectNode entities = doc.putObject(parent(Fields.ENTITIES_PEOPLE));
        strings(entities, leaf(Fields.ENTITIES_PEOPLE), e.entities().people());
        strings(entities, leaf(Fields.ENTITIES_PLACES), e.entities().places());
        strings(entities, leaf(Fields.ENTITIES_ORGANIZATIONS), e.entities().organizations());
        strings(doc, Fields.IDENTITY_KEYS, e.identityKeys().stream().map(Enrichment.IdentityKey::key).distinct().toList());
        if (e.riskLevel() != null) {
            doc.put(Fields.RISK_LEVEL, e.riskLevel().name());
        }
        ArrayNode signals = doc.putArray(parent(Fields.RISK_SIGNALS_CODE));
        for (Enrichment.RiskSignal s : e.riskSignals()) {
            ObjectNode signal = signals.addObject();
            signal.put(leaf(Fields.RISK_SIGNALS_CODE), s.code());
            signal.put(leaf(Fields.RISK_SIGNALS_LEVEL), s.level().name());
            text(signal, leaf(Fields.RISK_SIGNALS_EVIDENCE), s.evidence());
        }
    }

    private static void time(ObjectNode node, String field, OffsetDateTime value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void strings(ObjectNode node, String field, Collection<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static String parent(String dotted) {
        return dotted.substring(0, dotted.indexOf('.'));
    }

    private static String leaf(String dotted) {
        return dotted.substring(dotted.indexOf('.') + 1);
    }
}
