package io.liaisoninsight.ingest.duplicate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecentRootsTest {

    private static GroupRoot root(String id, String... bands) {
        return new GroupRoot(id, new int[]{1, 2, 3}, List.of(bands));
    }

    private static List<String> ids(List<GroupRoot> roots) {
        return roots == null ? List.of() : roots.stream().map(GroupRoot::id).toList();
    }

    @Test
    void findsTheRootsOfEachAskedBandOnly() {
        RecentRoots recent = new RecentRoots(10);
        recent.add(root("a", "b1", "b2"));
        recent.add(root("b", "b2", "b3"));
        recent.add(root("c", "b9"));

        Map<String, List<GroupRoot>> found = recent.byBand(List.of("b2", "b3", "zz"));
        assertThat(found).containsOnlyKeys("b2", "b3");
        assertThat(ids(found.get("b2"))).containsExactly("a", "b");
        assertThat(ids(found.get("b3"))).containsExactly("b");
        assertThat(recent.byBand(List.of("zz"))).isEmpty();
    }

    @Test
    void answersWithListsTheCallerMayExtend() {
        RecentRoots recent = new RecentRoots(10);
        recent.add(root("a", "b1"));

        recent.byBand(List.of("b1")).get("b1").add(root("x", "b1"));

        assertThat(ids(recent.byBand(List.of("b1")).get("b1"))).containsExactly("a");
    }

    @Test
    void forgetsTheOldestBeyondCapacityIncludingItsBands() {
        RecentRoots recent = new RecentRoots(2);
        recent.add(root("a", "b1"));
        recent.add(root("b", "b1", "b2"));
        recent.add(root("c", "b3"));

        assertThat(recent.size()).isEqualTo(2);
        assertThat(ids(recent.byBand(List.of("b1")).get("b1"))).containsExactly("b");
    }

    @Test
    void forgetsTheOlderHalfAtOnceAndKeepsAtLeastHalfTheCapacity() {
        RecentRoots recent = new RecentRoots(4);
        for (int i = 1; i <= 5; i++) {
            recent.add(root("r" + i, "b" + i));
        }

        assertThat(recent.size()).isEqualTo(3);
        assertThat(recent.byBand(List.of("b1", "b2"))).isEmpty();
        assertThat(recent.byBand(List.of("b3", "b4", "b5"))).containsOnlyKeys("b3", "b4", "b5");
    }

    @Test
    void reAddingARootOfTheOlderHalfMovesItToTheNewer() {
        RecentRoots recent = new RecentRoots(4);
        recent.add(root("a", "b1"));
        recent.add(root("b", "b2"));
        recent.add(root("c", "b3")); // a and b are now the older half
        recent.add(root("a", "b4"));

        assertThat(recent.size()).isEqualTo(3);
        assertThat(recent.byBand(List.of("b1"))).isEmpty();
        assertThat(ids(recent.byBand(List.of("b4")).get("b4"))).containsExactly("a");
    }

    @Test
    void reAddingARootReplacesItsBands() {
        RecentRoots recent = new RecentRoots(5);
        recent.add(root("a", "b1"));
        recent.add(root("a", "b2"));

        assertThat(recent.byBand(List.of("b1"))).isEmpty();
        assertThat(ids(recent.byBand(List.of("b2")).get("b2"))).containsExactly("a");
    }
}
