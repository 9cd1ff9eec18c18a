package io.liaisoninsight.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one source of randomness of a run: a seeded {@link SplittableRandom} with the draws the generator needs.
 * Everything random goes through here, in a fixed order, so one seed gives one corpus.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this(new SplittableRandom(seed));
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, e.g. for planning, so plans do not shift when record generation changes. */
    Dice split() {
        return new Dice(random.split());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform in {@code [min, max]}. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Uniform in {@code [min, max)}. */
    long betweenLong(long min, long max) {
        return min + random.nextLong(max - min);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** Index drawn by weight; {@code cumulative} holds running sums of the weights. */
    int weighted(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Log-normal with the given mean and spread (sigma of the underlying normal), e.g. text lengths. */
    double logNormal(double mean, double sigma) {
        double mu = Math.log(mean) - sigma * sigma / 2;
        return Math.exp(mu + sigma * gaussian());
    }

    double gaussian() {
        // Box-Muller spelled out, so the sequence does not depend on the JDK's nextGaussian algorithm.
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }
}
