package io.liaisoninsight.testsupport;

import java.util.UUID;

/** Random, valid index prefixes and topic names, so tests sharing one engine never see each other's data. */
public final class TestNames {
    private TestNames() {
    }

    /** e.g. {@code it-3f9a1c2b}: a valid index prefix that no real deployment uses. */
    public static String indexPrefix() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** e.g. {@code petitions.v1.it-3f9a1c2b}. */
    public static String topic(String base) {
        return base + "." + indexPrefix();
    }
}
