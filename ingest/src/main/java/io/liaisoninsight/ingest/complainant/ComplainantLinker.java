package io.liaisoninsight.ingest.complainant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.ingest.enrich.Enrichment;
import io.liaisoninsight.ingest.index.BatchStep;
import io.liaisoninsight.ingest.index.BulkResults;
import io.liaisoninsight.ingest.index.PreparedRecord;
import io.liaisoninsight.ingest.record.Complainant;
import io.liaisoninsight.ingest.record.Petition;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.SystemIndex;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the people on the petitions of a batch to complainant identities and maintains the
 * complainants index, before the petitions are written (so each petition carries its identity ids).
 * <ul>
 *   <li>ID number and phone keys are strong: any shared strong key joins two people into one identity,
 *       across channels and across records that each carry only one of them.</li>
 *   <li>Name + township is probable: it links only a person who gave neither an ID number nor a phone,
 *       and only when exactly one identity holds that key, so two namesakes are never merged; the other
 *       way round, an identity without any number joins a person who gives one under that key when no
 *       other identity with a number holds it, whichever of the two wrote first.</li>
 * </ul>
 * Identity ids are derived from keys, existing identities are read with a real-time get and written
 * with optimistic concurrency, and profiles are recomputed from their matters: replaying a batch,
 * or two instances racing (a 409 makes the batch step retry), gives the same result.
 */
public final class ComplainantLinker implements BatchStep {

    private static final int RECENT_KEYS = 100_000;

    private final ElasticsearchClient client;
    private final ObjectMapper json;
    private final IndexNames names;
    private final Clock clock;
    /**
     * key → identities written by this instance lately, bridging the index's refresh interval. A set:
     * a probable key (name + township) can be held by several namesakes.
     */
    private final Map<String, Set<String>> recentKeys = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > RECENT_KEYS;
        }
    });

    /** identity id → concrete index it was read from (the alias may point at a reindexed -v2). */
    private final Map<String, String> indexOfId = new ConcurrentHashMap<>();

    public ComplainantLinker(ElasticsearchClient client, ObjectMapper json, IndexNames names, Clock clock) {
        this.client = client;
        this.json = json;
        this.names = names;
        this.clock = clock;
    }

    /** One person on one petition of the batch. */
    private record Person(PreparedRecord prepared, Petition petition, int index, Complainant complainant,
                          List<IdentityKeyRef> keys) {
        boolean hasStrongKey() {
            return keys.stream().anyMatch(IdentityKeyRef::strong);
        }
    }

    /** A stored profile with the version to write against. */
    private record Stored(ComplainantProfile profile, long seqNo, long primaryTerm) {
    }

    @Override
    public void apply(List<PreparedRecord> batch) throws IOException {
        List<Person> people = people(batch);
        if (people.isEmpty()) {
            return;
        }
        Map<String, Stored> stored = existing(people);
        UnionFind groups = new UnionFind();
        Map<String, String> strongKeyOwner = new HashMap<>();
        Map<String, Set<String>> probableKeyHolders = new HashMap<>();
        for (Stored s : stored.values()) {
            String node = identityNode(s.profile().identityId());
            groups.add(node);
            for (IdentityKeyRef key : s.profile().keys()) {
                if (key.strong()) {
                    link(groups, strongKeyOwner, key.key(), node);
                }
            }
        }
        for (int i = 0; i < people.size(); i++) {
            groups.add(personNode(i));
            for (IdentityKeyRef key : people.get(i).keys()) {
                if (key.strong()) {
                    link(groups, strongKeyOwner, key.key(), personNode(i));
                }
            }
        }
        // A new version of a petition belongs to whoever already holds it: without this, a namesake
        // who gave no number would be re-derived as a new identity on every status update.
        // Indexed by petition id: comparing every person with every stored profile grew with both.
        Map<String, List<Stored>> storedByPetition = new HashMap<>();
        for (Stored s : stored.values()) {
            s.profile().matters().forEach(m -> storedByPetition.computeIfAbsent(m.id(), x -> new ArrayList<>()).add(s));
        }
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            List<String> personKeys = p.keys().stream().map(IdentityKeyRef::key).toList();
            for (Stored s : new LinkedHashSet<>(storedByPetition.getOrDefault(p.petition().id(), List.of()))) {
                if (s.profile().holds(p.petition().id(), personKeys)) {
                    groups.union(identityNode(s.profile().identityId()), personNode(i));
                }
            }
        }
        // Probable keys only after every strong link is known, and only for people without a strong key.
        for (Stored s : stored.values()) {
            s.profile().keys().stream().filter(k -> !k.strong()).forEach(k -> probableKeyHolders
                    .computeIfAbsent(k.key(), x -> new TreeSet<>()).add(groups.find(identityNode(s.profile().identityId()))));
        }
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            if (p.hasStrongKey()) {
                String root = groups.find(personNode(i));
                p.keys().stream().filter(k -> !k.strong()).forEach(k -> probableKeyHolders
                        .computeIfAbsent(k.key(), x -> new TreeSet<>()).add(root));
            }
        }
        joinEarlierNumberlessIdentities(people, stored, groups, probableKeyHolders);
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            if (p.hasStrongKey()) {
                continue;
            }
            String node = personNode(i);
            for (IdentityKeyRef key : p.keys()) {
                Set<String> holders = new TreeSet<>();
                probableKeyHolders.getOrDefault(key.key(), Set.of()).forEach(h -> holders.add(groups.find(h)));
                if (holders.size() == 1) {
                    groups.union(holders.iterator().next(), node);
                } else if (holders.isEmpty()) {
                    holders.add(groups.find(node));
                }
                // More than one holder: namesakes in one township; link to none of them.
                probableKeyHolders.put(key.key(), holders);
            }
        }
        write(people, stored, groups);
    }

    /**
     * The same rule as for a person without a number, the other way round: a person who gave a number
     * joins the one identity that holds their name + township key without any number (someone who first
     * wrote without one), when no other identity with a number holds that key. Otherwise the order of
     * arrival decided whether the two were linked.
     */
    private static void joinEarlierNumberlessIdentities(List<Person> people, Map<String, Stored> stored,
                                                        UnionFind groups, Map<String, Set<String>> probableKeyHolders) {
        Set<String> numberedRoots = new HashSet<>();
        for (Stored s : stored.values()) {
            if (s.profile().keys().stream().anyMatch(IdentityKeyRef::strong)) {
                numberedRoots.add(groups.find(identityNode(s.profile().identityId())));
            }
        }
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).hasStrongKey()) {
                numberedRoots.add(groups.find(personNode(i)));
            }
        }
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            if (!p.hasStrongKey()) {
                continue;
            }
            for (IdentityKeyRef key : p.keys()) {
                if (key.strong()) {
                    continue;
                }
                String root = groups.find(personNode(i));
                Set<String> withNumber = new TreeSet<>();
                Set<String> without = new TreeSet<>();
                for (String holder : probableKeyHolders.getOrDefault(key.key(), Set.of())) {
                    String holderRoot = groups.find(holder);
                    (numberedRoots.contains(holderRoot) ? withNumber : without).add(holderRoot);
                }
                if (withNumber.equals(Set.of(root)) && without.size() == 1) {
                    groups.union(root, without.iterator().next());
                    numberedRoots.add(groups.find(root)); // the joined group's root may be the other's
                    probableKeyHolders.put(key.key(), new TreeSet<>(Set.of(groups.find(root))));
                }
            }
        }
    }

    private void write(List<Person> people, Map<String, Stored> stored, UnionFind groups) throws IOException {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(names.zone()));
        Map<String, List<Integer>> membersByRoot = new TreeMap<>();
        for (int i = 0; i < people.size(); i++) {
            membersByRoot.computeIfAbsent(groups.find(personNode(i)), r -> new ArrayList<>()).add(i);
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        String alias = names.alias(SystemIndex.COMPLAINANTS);
        Map<Integer, String> identityOfPerson = new HashMap<>();
        Map<String, Set<String>> writtenKeys = new HashMap<>();
        int operations = 0;
        // Stored profiles by group, found once (not once per group and profile); stored is sorted by identity id.
        Map<String, List<Stored>> storedByRoot = new HashMap<>();
        for (Stored s : stored.values()) {
            storedByRoot.computeIfAbsent(groups.find(identityNode(s.profile().identityId())), r -> new ArrayList<>()).add(s);
        }
        for (List<Integer> members : membersByRoot.values()) {
            List<Stored> existingInGroup = storedByRoot.getOrDefault(groups.find(personNode(members.get(0))), List.of())
                    .stream().sorted((a, b) -> a.profile().identityId().compareTo(b.profile().identityId()))
                    .toList();
            List<IdentityKeyRef> groupKeys = new ArrayList<>();
            List<String> groupNames = new ArrayList<>();
            List<Matter> matters = new ArrayList<>();
            for (int i : members) {
                Person p = people.get(i);
                groupKeys.addAll(p.keys());
                groupNames.add(p.complainant().name());
                matters.add(matter(p));
            }
            String firstPerson = members.stream().map(i -> people.get(i).petition().id() + "#" + people.get(i).index())
                    .min(String::compareTo).orElseThrow();
            String id = existingInGroup.isEmpty() ? newIdentityId(groupKeys, firstPerson) : existingInGroup.get(0).profile().identityId();
            ComplainantProfile merged = new ComplainantProfile(id, List.of(), List.of(), List.of(), List.of());
            List<String> absorbed = new ArrayList<>();
            for (Stored s : existingInGroup) {
                ComplainantProfile p = s.profile();
                merged = merged.merge(id, p.names(), p.keys(), p.mergedIds(), p.matters());
                if (!p.identityId().equals(id)) {
                    absorbed.add(p.identityId());
                }
            }
            merged = merged.merge(id, groupNames, groupKeys, absorbed, matters);
            ObjectNode document = json.valueToTree(merged.document(now));
            Stored primary = existingInGroup.isEmpty() ? null : existingInGroup.get(0);
            if (primary == null) {
                bulk.operations(op -> op.create(c -> c.index(names.initialIndex(SystemIndex.COMPLAINANTS)).id(id)
                        .document(document)));
            } else {
                String index = indexOf(primary);
                bulk.operations(op -> op.index(x -> x.index(index).id(id).document(document)
                        .ifSeqNo(primary.seqNo()).ifPrimaryTerm(primary.primaryTerm())));
            }
            operations++;
            for (Stored s : existingInGroup.subList(Math.min(1, existingInGroup.size()), existingInGroup.size())) {
                bulk.operations(op -> op.delete(d -> d.index(indexOf(s)).id(s.profile().identityId())
                        .ifSeqNo(s.seqNo()).ifPrimaryTerm(s.primaryTerm())));
                operations++;
            }
            members.forEach(i -> identityOfPerson.put(i, id));
            groupKeys.forEach(k -> writtenKeys.computeIfAbsent(k.key(), x -> new TreeSet<>()).add(id));
        }
        if (operations > 0) {
            BulkResults.requireAllStored(client.bulk(bulk.build()), "complainants index not updated", alias);
        }
        synchronized (recentKeys) {
            writtenKeys.forEach((key, ids) -> recentKeys.merge(key, ids, (known, added) -> {
                Set<String> all = new TreeSet<>(known);
                all.addAll(added);
                return all;
            }));
        }
        tagPetitions(people, identityOfPerson);
    }

    private String indexOf(Stored s) {
        return indexOfId.getOrDefault(s.profile().identityId(), names.initialIndex(SystemIndex.COMPLAINANTS));
    }

    /** Each petition document gets the identity ids of its people. */
    private void tagPetitions(List<Person> people, Map<Integer, String> identityOfPerson) {
        // By identity: a record's own hashCode would hash its whole text and enrichment.
        Map<PreparedRecord, Set<String>> ids = new IdentityHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            ids.computeIfAbsent(people.get(i).prepared(), p -> new TreeSet<>()).add(identityOfPerson.get(i));
        }
        ids.forEach((prepared, identityIds) -> {
            ArrayNode array = json.createArrayNode();
            identityIds.forEach(array::add);
            prepared.put(Fields.IDENTITY_IDS, array);
        });
    }

    /** One entry per petition and complainant; when a batch holds several versions of a petition, the newest. */
    private List<Person> people(List<PreparedRecord> batch) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (PreparedRecord prepared : batch) {
            if (!(prepared.record() instanceof Petition petition)) {
                continue;
            }
            List<Complainant> complainants = petition.complainants();
            for (int c = 0; c < complainants.size(); c++) {
                int index = c;
                List<IdentityKeyRef> keys = prepared.enrichment().identityKeys().stream()
                        .filter(k -> k.complainantIndex() == index)
                        .map(ComplainantLinker::ref).toList();
                if (!keys.isEmpty()) {
                    Person person = new Person(prepared, petition, c, complainants.get(c), keys);
                    people.merge(petition.id() + "#" + c, person, (older, newer) ->
                            newer.petition().updatedAt().isBefore(older.petition().updatedAt()) ? older : newer);
                }
            }
        }
        return List.copyOf(people.values());
    }

    private static IdentityKeyRef ref(Enrichment.IdentityKey key) {
        return new IdentityKeyRef(key.type(), key.key(), key.strength());
    }

    /** Profiles holding any key of the batch: found by search (and this instance's recent writes), read in real time. */
    private Map<String, Stored> existing(List<Person> people) throws IOException {
        Set<String> keys = new TreeSet<>();
        people.forEach(p -> p.keys().forEach(k -> keys.add(k.key())));
        Set<String> ids = new TreeSet<>();
        String alias = names.alias(SystemIndex.COMPLAINANTS);
        List<FieldValue> values = keys.stream().map(FieldValue::of).toList();
        List<Hit<ObjectNode>> hits = client.search(s -> s.index(alias).size(10_000).source(src -> src.fetch(false))
                .query(q -> q.terms(t -> t.field(Fields.Complainant.KEYS_KEY).terms(v -> v.value(values)))),
                ObjectNode.class).hits().hits();
        for (Hit<ObjectNode> hit : hits) {
            ids.add(hit.id());
            indexOfId.put(hit.id(), hit.index());
        }
        keys.forEach(k -> ids.addAll(recentKeys.getOrDefault(k, Set.of())));
        Map<String, Stored> stored = new TreeMap<>();
        if (ids.isEmpty()) {
            return stored;
        }
        MgetResponse<ObjectNode> docs = client.mget(m -> m.index(alias).ids(List.copyOf(ids)), ObjectNode.class);
        for (var item : docs.docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                var result = item.result();
                indexOfId.put(result.id(), result.index());
                ComplainantProfile profile = json.treeToValue(result.source(), ComplainantProfile.class);
                stored.put(profile.identityId(), new Stored(profile, result.seqNo(), result.primaryTerm()));
            }
        }
        return stored;
    }

    private static Matter matter(Person p) {
        Petition petition = p.petition();
        Enrichment e = p.prepared().enrichment();
        return new Matter(petition.id(), petition.channel().name(), petition.receivedAt(), petition.updatedAt(),
                petition.status().name(), petition.status().open(), e.proceduralReplyDueAt(),
                petition.proceduralReplyAt(), e.substantiveReplyDueAt(), petition.district(), petition.township(),
                petition.escalationLevel() == null ? null : petition.escalationLevel().name(),
                p.keys().stream().map(IdentityKeyRef::key).toList());
    }

    /**
     * Derived from the group's smallest strong key, so the same person always gets the same id. A group
     * with only a probable key (name + township) is not unique by that key — namesakes who gave no
     * number each form their own group — so its id also takes the group's first petition and person.
     */
    private static String newIdentityId(List<IdentityKeyRef> keys, String firstPerson) {
        Optional<String> strong = keys.stream().filter(IdentityKeyRef::strong).map(IdentityKeyRef::key)
                .min(String::compareTo);
        if (strong.isPresent()) {
            return "cp-" + strong.get().substring(0, Math.min(20, strong.get().length()));
        }
        String probable = keys.stream().map(IdentityKeyRef::key).min(String::compareTo).orElseThrow();
        return "cp-p-" + IdentityIds.digest(probable + "|" + firstPerson);
    }

    private static void link(UnionFind groups, Map<String, String> owner, String key, String node) {
        String previous = owner.putIfAbsent(key, node);
        if (previous != null) {
            groups.union(previous, node);
        }
    }

    private static String identityNode(String identityId) {
        return "I:" + identityId;
    }

    private static String personNode(int index) {
        return "P:" + index;
    }
}
