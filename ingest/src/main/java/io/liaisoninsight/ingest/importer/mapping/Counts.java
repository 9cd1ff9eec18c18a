package io.liaisoninsight.ingest.importer.mapping;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole numbers as people write them in exports: 3, 3.0 (Excel), ３, 12,345, 5人, 20余人, 1.2万 (a view
 * count on a media platform). Anything else is not a number; the mapper reports it rather than guessing.
 */
final class Counts {

    private static final Pattern COUNT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(万|亿)?(?:余|多)?(?:人|名|次|个|条|位|户|件)?");

    private Counts() {
    }

    static OptionalLong parse(String text) {
        String plain = ValueMap.key(text).replace(",", "").replace("，", "");
        Matcher m = COUNT.matcher(plain);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if ("万".equals(m.group(2))) {
            value = value.scaleByPowerOfTen(4);
        } else if ("亿".equals(m.group(2))) {
            value = value.scaleByPowerOfTen(8);
        }
        try {
            return OptionalLong.of(value.longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }
}
