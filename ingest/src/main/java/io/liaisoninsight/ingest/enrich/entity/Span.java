package io.liaisoninsight.ingest.enrich.entity;

import java.util.List;

/** A name found in the text, by where it ends. */
record Span(String name, int end) {

    int start() {
        return end - name.length();
    }

    /** Inside a longer name: 兰州 in 兰州天宇房地产开发有限公司. */
    boolean insideAny(List<Span> others) {
        for (Span other : others) {
            if (other.start() <= start() && end <= other.end && other.name.length() > name.length()) {
                return true;
            }
        }
        return false;
    }
}
