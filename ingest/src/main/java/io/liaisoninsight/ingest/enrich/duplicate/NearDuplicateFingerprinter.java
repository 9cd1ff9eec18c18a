package io.liaisoninsight.ingest.enrich.duplicate;

import io.liaisoninsight.ingest.enrich.Enrichment.Fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Near-duplicate fingerprint (重复件) of a record's title and content: MinHash of its character
 * shingles, and locality-sensitive band keys so candidates are found with one {@code terms} query
 * on {@code duplicateBands}, then confirmed with {@link #similarity(int[], int[])} on the stored
 * signatures.
 *
 * <p>Tuning (see {@code NearDuplicateFingerprinterTest}, which prints precision and recall):
 * 3-char shingles, because 2-char shingles of Chinese are so common that two different complaints
 * of one category share a third of them through boilerplate alone, while 4-char shingles make a
 * few changed characters cost too much. {@value #HASHES} hash functions in {@value #BANDS} bands
 * of {@value #ROWS} rows: a pair with similarity 0.7 shares a band with probability 0.99, at 0.8
 * 0.9999, while different complaints (similarity ≲ 0.3) become candidates rarely and are then
 * rejected by the threshold.
 *
 * <p>The hash functions are {@code mix(shingle ^ seed_i)} with fixed seeds, so fingerprints are
 * comparable across runs, instances and versions: changing a constant here makes stored
 * fingerprints incomparable and requires re-enrichment.
 */
public final class NearDuplicateFingerprinter {

    public static final int SHINGLE_LENGTH = 3;
    public static final int BANDS = 16;
    public static final int ROWS = 4;
    public static final int HASHES = BANDS * ROWS;
    /** Estimated Jaccard similarity from which two records are the same complaint. */
    public static final double DUPLICATE_THRESHOLD = 0.5;

    private static final long SEED = 0x6C69616973306E31L;
    private static final long[] XORS = new long[HASHES];
    private static final long[] MULTIPLIERS = new long[HASHES];

    static {
        for (int i = 0; i < HASHES; i++) {
            XORS[i] = Mixing.seed(SEED, 2 * i);
            MULTIPLIERS[i] = Mixing.seed(SEED, 2 * i + 1) | 1L;
        }
    }

    public Fingerprint fingerprint(String title, String content) {
        long[] shingles = Shingles.hashes(Shingles.normalisedChars(title, content), SHINGLE_LENGTH);
        if (shingles.length == 0) {
            return new Fingerprint(new int[0], List.of());
        }
        long[] minima = new long[HASHES];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                // The shingle hash is already mixed; xor-multiply by an odd constant permutes the 64-bit
                // space and its high bits are well spread, at a third of the cost of a full mix.
                long h = ((shingle ^ XORS[i]) * MULTIPLIERS[i]) >>> 1;
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = (int) (minima[i] >>> 31);
        }
        return new Fingerprint(signature, bands(signature));
    }

    /** One key per band: the band's number and a 50-bit hash of its rows, e.g. {@code "c1x9z0k3mq2"}. */
    static List<String> bands(int[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = SEED + band;
            for (int row = 0; row < ROWS; row++) {
                h = Mixing.mix(h ^ (signature[band * ROWS + row] & 0xFFFFFFFFL));
            }
            keys.add((char) ('a' + band) + Long.toString(h >>> 14, 36));
        }
        return List.copyOf(keys);
    }

    /** Estimated Jaccard similarity of the shingle sets: the share of equal signature positions. */
    public static double similarity(int[] a, int[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    public static boolean isDuplicate(int[] a, int[] b) {
        return similarity(a, b) >= DUPLICATE_THRESHOLD;
    }
}
