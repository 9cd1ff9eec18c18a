package io.liaisoninsight.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Resident ID numbers (GB 11643): six-digit area code, birth date, three-digit sequence whose last digit is odd
 * for men, and the ISO 7064 MOD 11-2 check character. Numbers handed out by one instance never repeat, so two
 * different demo persons never share an ID number by accident.
 */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Sequence numbers per area, birth date and sex: 000..998 for women (even), 001..999 for men (odd). */
    private static final int PER_CELL = 500;

    private final List<String> areaCodes;
    private final LocalDate earliestBirth;
    private final int birthDays;
    /** Next free sequence slot per (area, birth date, sex); a flat array keeps a million persons cheap. */
    private final short[] used;

    IdNumbers(List<String> areaCodes, LocalDate earliestBirth, LocalDate latestBirth) {
        this.areaCodes = List.copyOf(areaCodes);
        this.earliestBirth = earliestBirth;
        this.birthDays = (int) ChronoUnit.DAYS.between(earliestBirth, latestBirth) + 1;
        this.used = new short[areaCodes.size() * birthDays * 2];
    }

    /** A new, valid number; if that day is full the birth date moves on by a day. */
    String allocate(int area, LocalDate birth, boolean male) {
        int day = (int) Math.floorMod(ChronoUnit.DAYS.between(earliestBirth, birth), (long) birthDays);
        for (int tries = 0; tries < birthDays; tries++) {
            int cell = ((area * birthDays) + day) * 2 + (male ? 1 : 0);
            if (used[cell] < PER_CELL) {
                int slot = (used[cell]++ + scatter(cell)) % PER_CELL;
                int sequence = slot * 2 + (male ? 1 : 0);
                return withCheck(areaCodes.get(area) + compact(earliestBirth.plusDays(day)) + three(sequence));
            }
            day = (day + 1) % birthDays;
        }
        throw new IllegalStateException("ID numbers exhausted for area " + areaCodes.get(area));
    }

    /** Spreads the first sequence number of each cell, so numbers do not all start at 001. */
    private static int scatter(int cell) {
        return Math.floorMod(cell * 0x9E3779B1, PER_CELL);
    }

    static String withCheck(String first17) {
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Structure, birth date and check character; lower-case x accepted as written by hand. */
    static boolean valid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        try {
            LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        } catch (RuntimeException e) {
            return false;
        }
        return Character.toUpperCase(id.charAt(17)) == checkCharacter(id);
    }

    private static String compact(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : String.valueOf(n);
    }
}
