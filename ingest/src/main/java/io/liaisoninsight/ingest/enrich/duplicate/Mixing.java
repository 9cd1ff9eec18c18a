package io.liaisoninsight.ingest.enrich.duplicate;

/** 64-bit mixing functions: deterministic across JVMs and runs, unlike String.hashCode or Random. */
final class Mixing {

    private Mixing() {
    }

    /** The SplitMix64 / MurmurHash3 finaliser: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The i-th value of the SplitMix64 sequence from seed: fixed, well-spread constants. */
    static long seed(long seed, int i) {
        return mix(seed + (i + 1) * 0x9E3779B97F4A7C15L);
    }
}
