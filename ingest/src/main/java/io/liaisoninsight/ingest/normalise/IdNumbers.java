package io.liaisoninsight.ingest.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Resident identity numbers (居民身份证号码, GB 11643): 17 digits and a check character computed
 * with ISO 7064 MOD 11-2. Old 15-digit numbers are converted to 18 digits (century 19 inserted,
 * check character computed) so both forms of one person give the same identity key.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern FIFTEEN = Pattern.compile("\\d{15}");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Normalised 18-character number, or {@link Normalised#invalid} with the reason. */
    public Normalised<String> normalise(String raw, LocalDate today) {
        String value = TextNormaliser.halfWidth(raw).replaceAll("[\\s-]", "").toUpperCase();
        if (FIFTEEN.matcher(value).matches()) {
            String body = value.substring(0, 6) + "19" + value.substring(6);
            value = body + checkCharacter(body);
        }
        if (!EIGHTEEN.matcher(value).matches()) {
            return Normalised.invalid("不是18位身份证号码 (expected 17 digits and a check digit or X)");
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            return Normalised.invalid("身份证号码校验位错误 (check character should be " + expected + ")");
        }
        try {
            LocalDate birth = LocalDate.parse(value.substring(6, 14), BIRTH);
            if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
                return Normalised.invalid("身份证号码中的出生日期不合理 (" + birth + ")");
            }
        } catch (DateTimeException e) {
            return Normalised.invalid("身份证号码中的出生日期无效 (" + value.substring(6, 14) + ")");
        }
        return Normalised.of(value);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
