package io.liaisoninsight.ingest.duplicate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The group roots written lately, indexed by band key, bounded (oldest out first). Bridges the index's
 * refresh interval: a root written by the previous batch is a candidate before a search can see it.
 */
final class RecentRoots {

    private final int capacity;
    private final LinkedHashMap<String, GroupRoot> byId = new LinkedHashMap<>();
    /** Lists, not sets: almost every band key belongs to one root, and a set per key costs more than the roots. */
    private final Map<String, List<String>> idsByBand = new HashMap<>();

    RecentRoots(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(GroupRoot root) {
        GroupRoot previous = byId.remove(root.id());
        if (previous != null) {
            unindex(previous);
        }
        byId.put(root.id(), root);
        root.bands().forEach(b -> idsByBand.computeIfAbsent(b, x -> new ArrayList<>(1)).add(root.id()));
        if (byId.size() > capacity) {
            GroupRoot eldest = byId.values().iterator().next();
            byId.remove(eldest.id());
            unindex(eldest);
        }
    }

    synchronized List<GroupRoot> sharingAny(Collection<String> bands) {
        Set<String> ids = new HashSet<>();
        bands.forEach(b -> ids.addAll(idsByBand.getOrDefault(b, List.of())));
        List<GroupRoot> roots = new ArrayList<>(ids.size());
        ids.forEach(id -> roots.add(byId.get(id)));
        return roots;
    }

    synchronized int size() {
        return byId.size();
    }

    private void unindex(GroupRoot root) {
        for (String band : root.bands()) {
            List<String> ids = idsByBand.get(band);
            if (ids != null && ids.remove(root.id()) && ids.isEmpty()) {
                idsByBand.remove(band);
            }
        }
    }
}
