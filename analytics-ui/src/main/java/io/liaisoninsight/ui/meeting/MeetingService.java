package io.liaisoninsight.ui.meeting;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Risk-assessment review meetings for a user: briefs for a period and scope, meetings, decisions and
 * follow-ups. Every function is for {@link #USERS} only; a requested scope is intersected with the user's
 * (a label outside it is refused, audited); a meeting opens only for users whose scope covers all of its
 * labels; every decision and status change is audited ({@link AuditAction#MEETING_DECISION}) before it is
 * stored (fail closed).
 */
@Service
public class MeetingService {

    /** Roles that hold meetings. */
    static final Role[] USERS = {Role.LEADER, Role.ANALYST};
    private static final int CONFLICT_RETRIES = 3;

    private final MeetingStore store;
    private final BriefService briefs;
    private final AuditLog audit;
    private final MeetingSettings settings;
    private final Clock clock;

    MeetingService(MeetingStore store, BriefService briefs, AuditLog audit, MeetingSettings settings, Clock clock) {
        this.store = store;
        this.briefs = briefs;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public static boolean mayUse(CurrentUser user) {
        return user.hasAnyRole(USERS);
    }

    /** Districts the user may pick: their own, or those with records for an all-districts user. */
    public List<String> districtChoices(CurrentUser user) {
        requireRole(user, "meeting");
        return user.scope().allDistricts() ? briefs.districtsWithRecords(user) : user.scope().labels();
    }

    /** An ad-hoc brief (no meeting) for a period and requested labels (none: the user's whole scope). */
    public Brief brief(CurrentUser user, Period period, List<String> requested, boolean unmask) {
        requireRole(user, "meeting-brief");
        MeetingScope scope = resolve(user, requested, "meeting-brief", null);
        return briefs.compute(user, period, scope, unmask);
    }

    /** The brief of a stored meeting, with its decisions. */
    public Brief brief(CurrentUser user, String meetingId, boolean unmask) {
        Meeting meeting = open(user, meetingId);
        return briefs.compute(user, meeting.period(), MeetingScope.of(meeting.scope()), unmask).forMeeting(meeting);
    }

    public Meeting create(CurrentUser user, String title, Period period, List<String> requested) {
        requireRole(user, "meeting-create");
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > Meeting.MAX_TITLE) {
            throw new IllegalArgumentException("a meeting needs a title of 1 to " + Meeting.MAX_TITLE + " characters");
        }
        MeetingScope scope = resolve(user, requested, "meeting-create", null);
        String id = UUID.randomUUID().toString();
        // Audited before it is stored, like decisions: without an audit trail nothing is created.
        audit.record(user, AuditAction.MEETING_CREATED, AuditOutcome.SUCCESS, id, null, new LinkedHashMap<>(Map.of(
                "title", name, "from", period.from().toString(), "to", period.to().toString(),
                "districts", scope.labels())));
        return store.create(id, name, period, scope.labels(), user.username(), clock.instant());
    }

    /** Meetings the user may open, newest first. */
    public List<Meeting> list(CurrentUser user) {
        requireRole(user, "meeting");
        Query candidates = user.scope().allDistricts() ? null : candidates(user);
        return store.newest(candidates, settings.maxMeetings()).stream()
                .filter(m -> MeetingScope.covers(user.scope(), m.scope())).toList();
    }

    /** @throws MeetingNotFoundException no such meeting; @throws NotPermittedException not all of it in scope (audited) */
    public Meeting open(CurrentUser user, String id) {
        requireRole(user, "meeting");
        Meeting meeting = store.find(id).orElseThrow(() -> new MeetingNotFoundException(id));
        if (!MeetingScope.covers(user.scope(), meeting.scope())) {
            audit.record(user, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, id, null,
                    Map.of("reason", NotPermittedException.Reason.OUT_OF_SCOPE.name(), "function", "meeting",
                            "scope", meeting.scope()));
            throw new NotPermittedException(NotPermittedException.Reason.OUT_OF_SCOPE, id);
        }
        return meeting;
    }

    /** Records a decision, instruction (批示) or follow-up (督办); audited before it is stored. */
    public Meeting decide(CurrentUser user, String meetingId, Decision.Kind kind, String text, String owner,
                          LocalDate dueAt) {
        String what = text == null ? "" : text.strip();
        if (what.isEmpty() || what.length() > Decision.MAX_TEXT) {
            throw new IllegalArgumentException("a decision needs a text of 1 to " + Decision.MAX_TEXT + " characters");
        }
        Meeting meeting = open(user, meetingId);
        String who = owner == null || owner.isBlank() ? null : owner.strip();
        Decision decision = new Decision(UUID.randomUUID().toString(), kind == null ? Decision.Kind.DECISION : kind,
                what, who, dueAt, Decision.Status.OPEN, user.username(), clock.instant());
        Map<String, Object> details = details(meeting, decision);
        details.put("change", "recorded");
        details.put("text", decision.text());
        audit.record(user, AuditAction.MEETING_DECISION, AuditOutcome.SUCCESS, meetingId, null, details);
        return retrying(user, meetingId, m -> {
            List<Decision> next = new ArrayList<>(m.decisions());
            next.add(decision);
            return next;
        });
    }

    /** Marks a decision done or open again (a follow-up); audited before it is stored. */
    public Meeting setStatus(CurrentUser user, String meetingId, String decisionId, Decision.Status status) {
        Meeting meeting = open(user, meetingId);
        Decision decision = meeting.decisions().stream().filter(d -> d.id().equals(decisionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no decision " + decisionId + " in meeting " + meetingId));
        Map<String, Object> details = details(meeting, decision);
        details.put("change", "status");
        details.put("status", status.name());
        audit.record(user, AuditAction.MEETING_DECISION, AuditOutcome.SUCCESS, meetingId, null, details);
        return retrying(user, meetingId, m -> m.decisions().stream()
                .map(d -> d.id().equals(decisionId) ? d.withStatus(status) : d).toList());
    }

    private interface Change {
        List<Decision> apply(Meeting current);
    }

    private Meeting retrying(CurrentUser user, String meetingId, Change change) {
        for (int attempt = 1; ; attempt++) {
            Meeting current = open(user, meetingId);
            try {
                return store.update(current, change.apply(current));
            } catch (MeetingStore.Conflict e) {
                if (attempt >= CONFLICT_RETRIES) {
                    throw e;
                }
            }
        }
    }

    private static Map<String, Object> details(Meeting meeting, Decision decision) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("meeting", meeting.title());
        details.put("scope", meeting.scope());
        details.put("decisionId", decision.id());
        details.put("kind", decision.kind().name());
        if (decision.owner() != null) {
            details.put("owner", decision.owner());
        }
        if (decision.dueAt() != null) {
            details.put("dueAt", decision.dueAt().toString());
        }
        return details;
    }

    /**
     * Meetings with at least one label the user could hold (one of theirs, or a township of one of their
     * districts); {@link MeetingScope#covers} then checks all labels.
     */
    private static Query candidates(CurrentUser user) {
        List<FieldValue> labels = user.scope().labels().stream().map(FieldValue::of).toList();
        List<Query> any = new ArrayList<>();
        any.add(QueryBuilders.terms(t -> t.field(Fields.Meeting.DISTRICTS).terms(v -> v.value(labels))));
        user.scope().districts().stream().sorted().forEach(d -> any.add(QueryBuilders.prefix(p -> p
                .field(Fields.Meeting.DISTRICTS).value(d + "/"))));
        return QueryBuilders.bool(b -> b.should(any).minimumShouldMatch("1"));
    }

    private MeetingScope resolve(CurrentUser user, List<String> requested, String function, String target) {
        try {
            return MeetingScope.resolve(user.scope(), requested);
        } catch (MeetingScope.OutOfScope e) {
            audit.record(user, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, target, null,
                    Map.of("reason", NotPermittedException.Reason.OUT_OF_SCOPE.name(), "function", function,
                            "refused", e.refused()));
            throw new NotPermittedException(NotPermittedException.Reason.OUT_OF_SCOPE, String.join(",", e.refused()));
        }
    }

    private void requireRole(CurrentUser user, String function) {
        if (!mayUse(user)) {
            audit.record(user, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, null, null,
                    Map.of("reason", NotPermittedException.Reason.ROLE_REQUIRED.name(), "function", function));
            throw new NotPermittedException(NotPermittedException.Reason.ROLE_REQUIRED, function);
        }
    }
}
