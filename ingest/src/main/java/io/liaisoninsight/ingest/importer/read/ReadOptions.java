package io.liaisoninsight.ingest.importer.read;

import java.nio.charset.Charset;

/**
 * How to read a file, from the mapping and the command line.
 *
 * @param headerRow  1-based row that holds the column names; rows above it (a report title, say) are skipped
 * @param encoding   text encoding of a CSV file; {@code null} detects it (byte-order mark, else UTF-8 if the
 *                   bytes are valid UTF-8, else GB18030, the superset of GBK that Chinese Excel writes)
 * @param sheet      worksheet of an Excel file by name or 1-based position; {@code null} is the first
 * @param delimiter  CSV field separator; {@code null} is a tab for {@code .tsv} files, else a comma
 */
public record ReadOptions(int headerRow, Charset encoding, String sheet, Character delimiter) {

    public static final ReadOptions DEFAULTS = new ReadOptions(1, null, null, null);

    public ReadOptions {
        if (headerRow < 1) {
            throw new IllegalArgumentException("headerRow must be 1 or more");
        }
    }

    public ReadOptions withEncoding(Charset value) {
        return value == null ? this : new ReadOptions(headerRow, value, sheet, delimiter);
    }

    public ReadOptions withSheet(String value) {
        return value == null ? this : new ReadOptions(headerRow, encoding, value, delimiter);
    }
}
