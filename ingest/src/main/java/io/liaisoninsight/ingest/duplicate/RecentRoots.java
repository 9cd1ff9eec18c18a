package io.liaisoninsight.ingest.duplicate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The group roots written lately, indexed by band key, bounded. Bridges the index's refresh interval:
 * a root written by the previous batch is a candidate before a search can see it. Kept in two
 * generations of half the capacity each: when the current one is full, the previous one is dropped
 * whole, so forgetting old roots costs nothing per root (removing each from its 21 band lists took
 * as much time as the lookups). Holds between half the capacity and the capacity.
 */
final class RecentRoots {

    private final int generationSize;
    private Generation current = new Generation();
    private Generation previous = new Generation();

    RecentRoots(int capacity) {
        this.generationSize = Math.max(1, capacity / 2);
    }

    synchronized void add(GroupRoot root) {
        // A re-delivered or updated record replaces its root, whose bands may have changed.
        current.remove(root.id());
        previous.remove(root.id());
        if (current.byId.size() >= generationSize) {
            previous = current;
            current = new Generation();
        }
        current.add(root);
    }

    /**
     * For each of the given band keys that recent roots hold, those roots (new lists, the caller's to
     * extend). Looked up by key, so the roots' other bands are never read.
     */
    synchronized Map<String, List<GroupRoot>> byBand(Collection<String> bands) {
        Map<String, List<GroupRoot>> found = new HashMap<>();
        for (String band : bands) {
            List<GroupRoot> newer = current.rootsByBand.get(band);
            List<GroupRoot> older = previous.rootsByBand.get(band);
            if (newer != null || older != null) {
                List<GroupRoot> roots = new ArrayList<>(2);
                if (newer != null) {
                    roots.addAll(newer);
                }
                if (older != null) {
                    roots.addAll(older);
                }
                found.put(band, roots);
            }
        }
        return found;
    }

    synchronized int size() {
        return current.byId.size() + previous.byId.size();
    }

    private static final class Generation {
        final Map<String, GroupRoot> byId = new HashMap<>();
        /** Lists, not sets: almost every band key belongs to one root, and a set per key costs more than the roots. */
        final Map<String, List<GroupRoot>> rootsByBand = new HashMap<>();

        void add(GroupRoot root) {
            byId.put(root.id(), root);
            root.bands().forEach(b -> rootsByBand.computeIfAbsent(b, x -> new ArrayList<>(1)).add(root));
        }

        void remove(String id) {
            GroupRoot root = byId.remove(id);
            if (root == null) {
                return;
            }
            for (String band : root.bands()) {
                List<GroupRoot> roots = rootsByBand.get(band);
                if (roots != null && roots.removeIf(r -> r.id().equals(id)) && roots.isEmpty()) {
                    rootsByBand.remove(band);
                }
            }
        }
    }
}
