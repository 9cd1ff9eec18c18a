package io.liaisoninsight.ingest.enrich.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

import java.util.ArrayDeque;
import java.util.function.BiConsumer;

/**
 * Lists the words of one of HanLP's compiled dictionaries. The portable jar ships its dictionaries
 * only as double-array tries (no word lists), and the segmenter wants all of them merged with the
 * project's lexicon in one trie, so that a text is searched once instead of three times.
 *
 * <p>HanLP's trie layout: a node is identified by its base value {@code b}; char {@code c} leads
 * from it to position {@code p = b + c + 1} when {@code check[p] == b}, the child's base being
 * {@code base[p]}; a word ends at node {@code b} when {@code check[b] == b} and {@code base[b] < 0},
 * its value index being {@code -base[b] - 1}. Children are found by grouping positions by their
 * check value. {@code SegmenterTest} verifies that every listed word is found again by lookup.
 */
final class DictionaryWords {

    private DictionaryWords() {
    }

    /** Calls action with every word of the trie and its value index, in no particular order. */
    static void forEach(DoubleArrayTrie<?> trie, BiConsumer<String, Integer> action) {
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        int size = Math.min(base.length, check.length);
        int maxParent = 0;
        for (int p = 0; p < size; p++) {
            maxParent = Math.max(maxParent, check[p]);
        }
        // Counting sort of positions by parent (check value): children of b are order[start[b] .. start[b+1]).
        int[] start = new int[maxParent + 2];
        for (int p = 0; p < size; p++) {
            if (check[p] > 0) {
                start[check[p] + 1]++;
            }
        }
        for (int i = 1; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        int[] order = new int[start[start.length - 1]];
        int[] next = start.clone();
        for (int p = 0; p < size; p++) {
            if (check[p] > 0) {
                order[next[check[p]]++] = p;
            }
        }
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(base[0], ""));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node.base < 0 || node.base > maxParent) {
                continue;
            }
            for (int k = start[node.base]; k < start[node.base + 1]; k++) {
                int p = order[k];
                if (p == node.base) {
                    if (base[p] < 0) {
                        action.accept(node.prefix, -base[p] - 1);
                    }
                } else {
                    pending.push(new Node(base[p], node.prefix + (char) (p - node.base - 1)));
                }
            }
        }
    }

    private record Node(int base, String prefix) {
    }
}
