package io.liaisoninsight.ingest.importer.mapping;

import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Where one column goes.
 *
 * @param column   the column name in the file (cleaned like a header cell)
 * @param field    the contract field it fills
 * @param split    separators when one cell lists several values (several people: 张三、李四), each going to
 *                 the next position of the field's {@code []}; {@code null} for a single value
 * @param values   wording → contract value; {@code null} takes the text as it is
 * @param format   date pattern for times the ingest parser does not know (e.g. {@code yyyy.M.d}); {@code null}
 *                 passes the text to ingest, which reads ISO-8601, 2026-03-01 09:30, 2026/3/1, 2026年3月1日 …
 * @param optional the column may be missing from a file without stopping the import
 */
public record ColumnRule(String column, FieldPath field, Pattern split, ValueMap values, DateTimeFormatter format,
                         boolean optional) {

    /** Separators of several people in one cell when the mapping says just {@code "split": true}. */
    public static final Pattern DEFAULT_SPLIT = Pattern.compile("[、，,；;/\\n]+");
}
