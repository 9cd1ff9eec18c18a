package io.liaisoninsight.ui.visitnote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Submits a liaison officer's visit note: builds the contract record with office, officer, district and
 * township taken from the signed-in user (never from the form), checks it against the visit-notes contract
 * (and that the visit is not in the future), publishes it to Kafka, waits for the acknowledgement and
 * audits it as {@link AuditAction#VISIT_NOTE_SUBMITTED}. Ingest then indexes it.
 */
@Service
public class VisitNoteService {

    private static final Logger log = LoggerFactory.getLogger(VisitNoteService.class);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** The note was acknowledged by the broker; {@code audited} false if the audit entry could not be written. */
    public record Submitted(String id, String topic, boolean audited) {
    }

    /** The note breaks the contract; nothing was published. */
    public static final class Invalid extends RuntimeException {
        private final List<VisitNoteProblem> problems;

        Invalid(List<VisitNoteProblem> problems) {
            super("visit note refused: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<VisitNoteProblem> problems() {
            return problems;
        }
    }

    /** Kafka did not acknowledge the note (message key {@code visitnote.error.notSent}). */
    public static final class NotSent extends RuntimeException {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final VisitNoteContract contract = new VisitNoteContract();
    private final VisitNotePublisher publisher;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json;

    VisitNoteService(VisitNotePublisher publisher, AuditLog audit, Clock clock, ObjectMapper json) {
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** The townships an officer may write notes for: those of their scope, sorted. */
    public List<Scope.Township> townships(CurrentUser user) {
        return user.scope().townships().stream()
                .sorted(Comparator.comparing(Scope.Township::toString)).toList();
    }

    /** The contract's longest allowed text of a field, for the form's counters. */
    public int maxLength(String field) {
        return contract.maxLength(field);
    }

    /**
     * @throws NotPermittedException not a liaison officer (audited)
     * @throws Invalid               the note breaks the contract (nothing published)
     * @throws NotSent               Kafka did not acknowledge it (audited as a failure when possible)
     */
    public Submitted submit(CurrentUser user, VisitNoteDraft draft) {
        if (!user.hasRole(Role.LIAISON_OFFICER)) {
            audit.record(user, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, "visit-notes", null,
                    Map.of("reason", NotPermittedException.Reason.ROLE_REQUIRED.name()));
            throw new NotPermittedException(NotPermittedException.Reason.ROLE_REQUIRED, "visit notes");
        }
        String id = "vn-" + UUID.randomUUID();
        List<VisitNoteProblem> problems = new ArrayList<>();
        ObjectNode record = record(user, draft, id, problems);
        problems.addAll(contract.check(record));
        if (!problems.isEmpty()) {
            throw new Invalid(problems.stream().distinct().toList());
        }
        String body;
        try {
            body = json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("office", record.path(Fields.VisitNote.OFFICE).asText());
        details.put("district", record.path(Fields.DISTRICT).asText());
        details.put("township", record.path(Fields.TOWNSHIP).asText());
        details.put("topic", publisher.topic());
        VisitNotePublisher.Sent sent;
        try {
            sent = publisher.publish(id, body);
        } catch (VisitNotePublisher.NotSent e) {
            log.warn("visit note {} of {} not sent: {}", id, user.username(), e.getMessage());
            details.put("reason", "KAFKA_UNAVAILABLE");
            try {
                audit.record(user, AuditAction.VISIT_NOTE_SUBMITTED, AuditOutcome.FAILURE, id, null, details);
            } catch (AuditUnavailableException ignored) {
                // Already logged by the audit log; the officer is told the note was not sent either way.
            }
            throw new NotSent(e.getMessage(), e);
        }
        details.put("partition", sent.partition());
        details.put("offset", sent.offset());
        try {
            audit.record(user, AuditAction.VISIT_NOTE_SUBMITTED, AuditOutcome.SUCCESS, id, null, details);
            return new Submitted(id, sent.topic(), true);
        } catch (AuditUnavailableException e) {
            // The broker has it already (it cannot be unsent): say so, and that the audit entry is missing.
            log.error("visit note {} of {} published to {} but NOT audited", id, user.username(), sent.topic());
            return new Submitted(id, sent.topic(), false);
        }
    }

    /** The contract record; problems the contract cannot see (no office, no township, future visit) are added. */
    ObjectNode record(CurrentUser user, VisitNoteDraft draft, String id, List<VisitNoteProblem> problems) {
        ZoneId zone = clock.getZone();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        ObjectNode record = json.createObjectNode();
        record.put(Fields.ID, id);
        record.put(Fields.UPDATED_AT, ISO.format(now));
        putText(record, Fields.VisitNote.OFFICE, user.office());
        putText(record, Fields.VisitNote.OFFICER, user.displayName());
        Scope.Township township = township(user, draft.township());
        if (township != null) {
            record.put(Fields.DISTRICT, township.district());
            record.put(Fields.TOWNSHIP, township.name());
        } else if (draft.township() != null) {
            // A township outside the officer's scope: refused, never written.
            problems.add(new VisitNoteProblem(Fields.TOWNSHIP, VisitNoteProblem.Kind.INVALID, 0));
        }
        putText(record, Fields.VisitNote.VILLAGE, draft.village());
        if (draft.visitedAt() != null) {
            OffsetDateTime visited = draft.visitedAt().atZone(zone).toOffsetDateTime();
            if (visited.isAfter(now)) {
                problems.add(new VisitNoteProblem(Fields.VisitNote.VISITED_AT, VisitNoteProblem.Kind.IN_FUTURE, 0));
            }
            record.put(Fields.VisitNote.VISITED_AT, ISO.format(visited));
        }
        if (draft.function() != null) {
            record.put(Fields.VisitNote.FUNCTION, draft.function().name());
        }
        if (draft.urgency() != null) {
            record.put(Fields.VisitNote.URGENCY, draft.urgency().name());
        }
        putText(record, Fields.TITLE, draft.title());
        putText(record, Fields.CONTENT, draft.content());
        return record;
    }

    /** The chosen township if it is one of the officer's; their only one if none was chosen; else null. */
    private Scope.Township township(CurrentUser user, Scope.Township chosen) {
        List<Scope.Township> own = townships(user);
        if (chosen == null) {
            return own.size() == 1 ? own.get(0) : null;
        }
        return own.contains(chosen) ? chosen : null;
    }

    /** Stripped text; blank text is left out (so the contract reports a required field as missing). */
    private static void putText(ObjectNode record, String field, String value) {
        if (value != null && !value.isBlank()) {
            record.put(field, value.strip());
        }
    }
}
