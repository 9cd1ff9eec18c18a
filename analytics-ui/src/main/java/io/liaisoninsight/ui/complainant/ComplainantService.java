package io.liaisoninsight.ui.complainant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.RecordMasking;
import io.liaisoninsight.ui.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a complainant profile for a user: the profile page and {@code GET /api/complainants/{id}}.
 * Like {@code RecordAccess}, every outcome is audited before anything is returned (fail closed).
 * <ul>
 *   <li>The identity is found by its id or by an id merged into it.</li>
 *   <li>A matter is shown only when its place is inside the user's scope ({@code Scope.permits}) and its
 *       petition, read with the scope filter, is too (a petition found only without the filter is left
 *       out). No matter left: 403 "无权查看", audited; the profile's stored totals are never shown, every
 *       figure is recomputed from the matters shown ({@link ProfileSummary}).</li>
 *   <li>ID numbers and phones are not in the complainants index; they come from the user's petitions,
 *       masked unless the user may unmask and asks to (audited as {@code UNMASK}).</li>
 * </ul>
 */
@Service
public class ComplainantService {

    private static final Logger log = LoggerFactory.getLogger(ComplainantService.class);
    /** Roles that may open profiles: the aggregated history of a person is for analysis and leadership. */
    static final Role[] READERS = {Role.LEADER, Role.ANALYST};
    /** Matters read per profile, at most (a person with more is shown with the newest). */
    static final int MAX_MATTERS = 1000;
    private static final List<String> UNMASKED_FIELDS = List.of(Fields.Petition.COMPLAINANT_ID_NUMBER,
            Fields.Petition.COMPLAINANT_PHONE);

    private final ElasticsearchClient client;
    private final String complainants;
    private final String records;
    private final AuditLog audit;
    private final Clock clock;

    ComplainantService(ElasticsearchClient client, IndexNames names, AuditLog audit, Clock clock) {
        this.client = client;
        this.complainants = names.alias(SystemIndex.COMPLAINANTS);
        this.records = names.allRecords();
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user's roles allow profiles at all (views hide links otherwise). */
    public static boolean mayRead(CurrentUser user) {
        return user.hasAnyRole(READERS);
    }

    /**
     * @param id     an identity id, or one merged into another identity
     * @param unmask show full ID and phone numbers; needs {@link CurrentUser#canUnmask()}
     * @throws NotPermittedException        no reading role, no matter in scope, or unmask without permission (audited)
     * @throws ComplainantNotFoundException no such identity (audited)
     * @throws io.liaisoninsight.ui.audit.AuditUnavailableException the audit trail cannot be written
     */
    public ComplainantProfile read(CurrentUser user, String id, boolean unmask) {
        if (!mayRead(user)) {
            audit.record(user, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, id, null,
                    Map.of("reason", NotPermittedException.Reason.ROLE_REQUIRED.name(), "function", "complainant-profile"));
            throw new NotPermittedException(NotPermittedException.Reason.ROLE_REQUIRED, id);
        }
        ObjectNode identity = identity(id);
        if (identity == null) {
            audit.record(user, AuditAction.PROFILE_VIEW, AuditOutcome.NOT_FOUND, id, null, null);
            throw new ComplainantNotFoundException(id);
        }
        String identityId = identity.path(Fields.Complainant.IDENTITY_ID).asText(id);
        List<Matter> all = matters(identity);
        List<Matter> permitted = all.stream().filter(m -> user.scope().permits(m.district(), m.township())).toList();
        Map<String, ObjectNode> petitions = petitionsInScope(user, permitted);
        List<Matter> visible = visible(permitted, petitions, identityId);
        if (visible.isEmpty()) {
            audit.record(user, AuditAction.PROFILE_VIEW, AuditOutcome.DENIED, identityId, null, details(id, identityId,
                    Map.of("reason", NotPermittedException.Reason.OUT_OF_SCOPE.name())));
            throw new NotPermittedException(NotPermittedException.Reason.OUT_OF_SCOPE, id);
        }
        List<String> recordIds = visible.stream().map(Matter::id).toList();
        if (unmask && !user.canUnmask()) {
            audit.record(user, AuditAction.UNMASK, AuditOutcome.DENIED, identityId, null, details(id, identityId,
                    Map.of("reason", NotPermittedException.Reason.NO_UNMASK_PERMISSION.name())));
            throw new NotPermittedException(NotPermittedException.Reason.NO_UNMASK_PERMISSION, id);
        }
        audit.record(user, AuditAction.PROFILE_VIEW, AuditOutcome.SUCCESS, identityId, null, details(id, identityId,
                Map.of("matters", visible.size(), "mattersTotal", all.size(), "masked", !unmask)));
        if (unmask) {
            audit.record(user, AuditAction.UNMASK, AuditOutcome.SUCCESS, identityId, null, details(id, identityId,
                    Map.of("fields", UNMASKED_FIELDS, "records", recordIds)));
        } else {
            petitions.values().forEach(RecordMasking::mask);
        }
        return profile(identity, id, identityId, visible, petitions, !unmask);
    }

    private ComplainantProfile profile(ObjectNode identity, String requestedId, String identityId, List<Matter> visible,
                                       Map<String, ObjectNode> petitions, boolean masked) {
        Instant now = clock.instant();
        ProfileSummary summary = ProfileSummary.of(visible, keyTypes(identity), now);
        List<ObjectNode> shown = visible.stream().map(m -> petitions.get(m.id())).filter(p -> p != null).toList();
        List<String> allNames = new ArrayList<>();
        identity.path(Fields.Complainant.NAMES).forEach(n -> allNames.add(n.asText()));
        List<String> names = ContactDetails.namesSeen(shown, allNames);
        List<ComplainantProfile.MatterRow> rows = visible.stream()
                .sorted(Comparator.comparing(Matter::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(m -> row(m, petitions.get(m.id()), now)).toList();
        return new ComplainantProfile(identityId, requestedId.equals(identityId) ? null : requestedId,
                names.isEmpty() ? allNames : names, masked, summary.contactCount(), summary.openMatters(),
                summary.overdueMatters(), summary.channelContacts().entrySet().stream()
                        .map(e -> new ComplainantProfile.ChannelCount(e.getKey(), e.getValue())).toList(),
                summary.districts(), summary.townships(), summary.firstContactAt(), summary.lastContactAt(),
                summary.linkedBy(), summary.escalationLevel(), ContactDetails.of(shown, allNames), rows);
    }

    private ComplainantProfile.MatterRow row(Matter m, ObjectNode petition, Instant now) {
        String title = petition == null ? null : petition.path(Fields.TITLE).asText(null);
        return new ComplainantProfile.MatterRow(m.id(), title, m.channel(), m.receivedAt(), m.status(), m.open(),
                m.proceduralReplyDueAt(), m.substantiveReplyDueAt(), m.overdueDays(now, clock.getZone()), m.district(),
                m.township(), m.escalationLevel());
    }

    /**
     * The permitted matters whose petition is in scope, or not indexed yet (ingest writes the identity just
     * before the petitions). A petition that exists but not within the scope filter is left out: its place
     * changed after the identity was written, and the petition is the authority.
     */
    private List<Matter> visible(List<Matter> permitted, Map<String, ObjectNode> petitions, String identityId) {
        List<String> missing = permitted.stream().map(Matter::id).filter(i -> !petitions.containsKey(i)).toList();
        Set<String> elsewhere = missing.isEmpty() ? Set.of() : existing(missing);
        if (!elsewhere.isEmpty()) {
            log.warn("identity {}: matters {} are in scope by the profile but their petitions are not; left out",
                    identityId, elsewhere);
        }
        return permitted.stream().filter(m -> !elsewhere.contains(m.id())).toList();
    }

    private ObjectNode identity(String id) {
        List<Hit<ObjectNode>> hits = search(complainants, ComplainantQuery.identity(id), 2, ComplainantQuery.IDENTITY_FIELDS);
        // Its own id first; an id merged into two identities would be a data error: the first wins.
        return hits.stream().map(Hit::source).filter(s -> s != null)
                .min(Comparator.comparing(s -> id.equals(s.path(Fields.Complainant.IDENTITY_ID).asText()) ? 0 : 1))
                .orElse(null);
    }

    private static List<Matter> matters(ObjectNode identity) {
        Map<String, Matter> byId = new LinkedHashMap<>();
        for (JsonNode m : identity.path(Fields.Complainant.MATTERS)) {
            Matter matter = Matter.fromJson(m);
            if (matter != null) {
                byId.merge(matter.id(), matter, (a, b) -> b.updatedAt() != null && a.updatedAt() != null
                        && b.updatedAt().isBefore(a.updatedAt()) ? a : b);
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparing(Matter::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(MAX_MATTERS).toList();
    }

    private static Map<String, String> keyTypes(ObjectNode identity) {
        Map<String, String> types = new LinkedHashMap<>();
        identity.path(Fields.Complainant.KEYS).forEach(k -> types.put(k.path("key").asText(), k.path("type").asText()));
        return types;
    }

    /** The permitted matters' petitions, read with the scope filter; by id (newest version if two). */
    private Map<String, ObjectNode> petitionsInScope(CurrentUser user, List<Matter> permitted) {
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        if (permitted.isEmpty()) {
            return found;
        }
        List<String> ids = permitted.stream().map(Matter::id).toList();
        for (Hit<ObjectNode> hit : search(records, ComplainantQuery.petitionsInScope(user.scope(), ids), ids.size() * 2,
                ComplainantQuery.PETITION_FIELDS)) {
            ObjectNode source = hit.source();
            if (source == null || !user.scope().permits(text(source, Fields.DISTRICT), text(source, Fields.TOWNSHIP))) {
                continue;
            }
            found.merge(hit.id(), source, (a, b) -> String.valueOf(text(b, Fields.UPDATED_AT))
                    .compareTo(String.valueOf(text(a, Fields.UPDATED_AT))) > 0 ? b : a);
        }
        return found;
    }

    private Set<String> existing(List<String> ids) {
        Set<String> found = new HashSet<>();
        try {
            client.search(s -> s.index(records).ignoreUnavailable(true).allowNoIndices(true).size(ids.size() * 2)
                    .query(ComplainantQuery.byIds(ids)).source(src -> src.fetch(false)), ObjectNode.class)
                    .hits().hits().forEach(h -> found.add(h.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private List<Hit<ObjectNode>> search(String index, Query query, int size, List<String> fields) {
        try {
            return client.search(s -> s.index(index).ignoreUnavailable(true).allowNoIndices(true).size(size)
                    .query(query).source(src -> src.filter(f -> f.includes(fields))), ObjectNode.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> details(String requestedId, String identityId, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (!requestedId.equals(identityId)) {
            details.put("requestedId", requestedId);
        }
        details.putAll(more);
        return details;
    }

    private static String text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
