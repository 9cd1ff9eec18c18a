package io.liaisoninsight.ingest.importer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Column names as the mapping refers to them. Exports put line breaks and padding in header cells
 * ("联系\n电话 "), so white space is tidied ({@link #clean}); an empty header cell gets a positional
 * name; a repeated name gets a suffix ("联系电话(2)") so both columns stay addressable.
 */
public final class HeaderNames {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern SPACE_IN_CHINESE = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");

    private HeaderNames() {
    }

    /**
     * A header cell or a column name in a mapping, in the form both are compared in: white space runs
     * become one space, and none is left between two Chinese characters ("登记\n时间" is 登记时间).
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String spaced = WHITE_SPACE.matcher(raw.replace("\uFEFF", "")).replaceAll(" ").strip();
        return SPACE_IN_CHINESE.matcher(spaced).replaceAll("");
    }

    /** Cleaned, unique names; {@code positional} names the i-th (0-based) column when its header cell is empty. */
    public static List<String> of(List<String> rawHeader, IntFunction<String> positional) {
        List<String> names = new ArrayList<>(rawHeader.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rawHeader.size(); i++) {
            String name = clean(rawHeader.get(i));
            if (name.isEmpty()) {
                name = positional.apply(i);
            }
            int count = seen.merge(name, 1, Integer::sum);
            names.add(count == 1 ? name : name + "(" + count + ")");
        }
        return names;
    }

    /** The positional name of a column without a header: 列3 for the third CSV column. */
    public static String numbered(int index) {
        return "列" + (index + 1);
    }
}
