package io.liaisoninsight.demo;

/**
 * Mobile numbers: a real operator prefix and eight digits. The n-th number is a bijection of n (multiplication
 * by a constant prime to the number space), so different persons never share a number by accident.
 */
final class PhoneNumbers {

    private static final String[] PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
            "151", "152", "153", "155", "156", "157", "158", "159", "173", "176", "177", "180", "181", "182", "183",
            "185", "186", "187", "188", "189", "191", "199"};
    private static final long SPACE = PREFIXES.length * 100_000_000L;
    /** Knuth's multiplicative constant: a prime other than 2 and 5, so coprime to SPACE (32 x 10^8). */
    private static final long MULTIPLIER = 2_654_435_761L;

    private final long offset;

    PhoneNumbers(long offset) {
        this.offset = Math.floorMod(offset, SPACE);
    }

    /** The canonical 11-digit number of person number {@code n}. */
    String number(long n) {
        // Both factors are below 2^32, so the product stays inside a long.
        long x = Math.floorMod(Math.floorMod(n, SPACE) * MULTIPLIER + offset, SPACE);
        String eight = Long.toString(100_000_000L + x % 100_000_000L).substring(1);
        return PREFIXES[(int) (x / 100_000_000L)] + eight;
    }

    /** How people write a number on a form: usually plain, sometimes grouped or with the country code. */
    static String written(Dice dice, String canonical) {
        double roll = dice.unit();
        if (roll < 0.75) {
            return canonical;
        }
        String a = canonical.substring(0, 3);
        String b = canonical.substring(3, 7);
        String c = canonical.substring(7);
        if (roll < 0.85) {
            return a + " " + b + " " + c;
        }
        if (roll < 0.93) {
            return a + "-" + b + "-" + c;
        }
        return "+86 " + canonical;
    }
}
