package io.liaisoninsight.ingest.duplicate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecentRootsTest {

    private static GroupRoot root(String id, String... bands) {
        return new GroupRoot(id, new int[]{1, 2, 3}, List.of(bands));
    }

    @Test
    void findsRootsByAnySharedBandOnce() {
        RecentRoots recent = new RecentRoots(10);
        recent.add(root("a", "b1", "b2"));
        recent.add(root("b", "b2", "b3"));
        recent.add(root("c", "b9"));

        assertThat(recent.sharingAny(List.of("b2", "b3")).stream().map(GroupRoot::id)).containsExactlyInAnyOrder("a", "b");
        assertThat(recent.sharingAny(List.of("zz"))).isEmpty();
    }

    @Test
    void forgetsTheOldestBeyondCapacityIncludingItsBands() {
        RecentRoots recent = new RecentRoots(2);
        recent.add(root("a", "b1"));
        recent.add(root("b", "b1", "b2"));
        recent.add(root("c", "b3"));

        assertThat(recent.size()).isEqualTo(2);
        assertThat(recent.sharingAny(List.of("b1")).stream().map(GroupRoot::id)).containsExactly("b");
    }

    @Test
    void reAddingARootReplacesItsBands() {
        RecentRoots recent = new RecentRoots(5);
        recent.add(root("a", "b1"));
        recent.add(root("a", "b2"));

        assertThat(recent.sharingAny(List.of("b1"))).isEmpty();
        assertThat(recent.sharingAny(List.of("b2")).stream().map(GroupRoot::id)).containsExactly("a");
    }
}
