package io.liaisoninsight.ingest.complainant;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets of string nodes; the smaller name becomes the root, so results do not depend on order. */
final class UnionFind {

    private final Map<String, String> parent = new HashMap<>();

    void add(String node) {
        parent.putIfAbsent(node, node);
    }

    String find(String node) {
        add(node);
        String root = node;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String current = node;
        while (!current.equals(root)) {
            String next = parent.get(current);
            parent.put(current, root);
            current = next;
        }
        return root;
    }

    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
