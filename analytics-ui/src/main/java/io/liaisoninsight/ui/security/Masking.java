package io.liaisoninsight.ui.security;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal numbers for display and export. Every path that shows or exports a record uses this
 * (through {@link RecordMasking} or {@link ScopedSearch}); only a user allowed to unmask sees the raw
 * values, and each time is audited.
 * <ul>
 *   <li>ID number: first 6 (the place code) and last 4 kept: {@code 620102********123X}</li>
 *   <li>mobile: first 3 and last 4 kept: {@code 138****1234}</li>
 *   <li>landline: area code and last 3 kept: {@code 0931-****456}</li>
 * </ul>
 * Free text (content, titles, addresses, highlights) is masked by pattern, because citizens write
 * their numbers into letters.
 */
public final class Masking {

    private static final char STAR = '*';
    private static final Pattern MOBILE = Pattern.compile("(\\+?86[- ]?)?(1\\d{2})(\\d{4})(\\d{4})");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3})[- ]?(\\d{7,8})");
    /** 18-digit resident ID (place, birth date, sequence, check digit) inside text. */
    private static final Pattern ID_IN_TEXT = Pattern.compile(
            "(?<![0-9A-Za-z])\\d{6}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern LANDLINE_IN_TEXT = Pattern.compile("(?<!\\d)0\\d{2,3}-\\d{7,8}(?!\\d)");

    private Masking() {
    }

    /** {@code 620102198001011234} → {@code 620102********1234}; short or odd values are masked whole. */
    public static String idNumber(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        if (v.length() <= 10) {
            return stars(v.length());
        }
        return v.substring(0, 6) + stars(v.length() - 10) + v.substring(v.length() - 4);
    }

    /** Mobile {@code 13812341234} → {@code 138****1234}; landline {@code 0931-8123456} → {@code 0931-****456}. */
    public static String phone(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        Matcher mobile = MOBILE.matcher(v);
        if (mobile.matches()) {
            return (mobile.group(1) == null ? "" : mobile.group(1)) + mobile.group(2) + "****" + mobile.group(4);
        }
        Matcher landline = LANDLINE.matcher(v);
        if (landline.matches()) {
            String local = landline.group(2);
            return landline.group(1) + "-" + stars(local.length() - 3) + local.substring(local.length() - 3);
        }
        // Unknown format: keep only the last two characters.
        return v.length() <= 2 ? stars(v.length()) : stars(v.length() - 2) + v.substring(v.length() - 2);
    }

    /** Masks ID numbers, mobiles and landlines written inside free text. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String masked = replace(ID_IN_TEXT, value, Masking::idNumber);
        masked = replace(MOBILE_IN_TEXT, masked, Masking::phone);
        return replace(LANDLINE_IN_TEXT, masked, Masking::phone);
    }

    private static String replace(Pattern pattern, String text, UnaryOperator<String> mask) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(mask.apply(m.group())));
    }

    private static String stars(int count) {
        return String.valueOf(STAR).repeat(Math.max(0, count));
    }
}
