package io.liaisoninsight.ingest.normalise;

import java.util.regex.Pattern;

/**
 * Mainland phone numbers. Mobiles become their 11 digits (country code dropped); landlines become
 * {@code 0931-8123456} (area code, hyphen, local number). Separators, brackets, full-width digits
 * and the +86 / 0086 prefixes are accepted on input.
 */
public final class Phones {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Area codes are 010, 02x (3 digits) or 0xxx (4 digits); local numbers 7 or 8 digits. */
    private static final Pattern LANDLINE = Pattern.compile("(010|02\\d|0[3-9]\\d{2})(\\d{7,8})");

    public Normalised<String> normalise(String raw) {
        String digits = TextNormaliser.halfWidth(raw).replaceAll("[\\s()（）\\-.]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("861")) {
            digits = digits.substring(2);
        }
        if (!digits.chars().allMatch(Character::isDigit)) {
            return Normalised.invalid("电话号码含有非数字字符");
        }
        if (MOBILE.matcher(digits).matches()) {
            return Normalised.of(digits);
        }
        var landline = LANDLINE.matcher(digits);
        if (landline.matches()) {
            return Normalised.of(landline.group(1) + "-" + landline.group(2));
        }
        return Normalised.invalid("不是有效的手机或固定电话号码");
    }
}
