package io.liaisoninsight.ingest.duplicate;

import java.util.List;

/** The first record of a near-duplicate group, which later records are compared with; its id names the group. */
record GroupRoot(String id, int[] signature, List<String> bands) {
}
