package io.liaisoninsight.ingest.importer.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV as Excel writes and reads it (RFC 4180: quoted fields may hold the separator, quotes and line
 * breaks). The row number is the record number, which is the row Excel shows even when a cell holds
 * a line break; empty lines are kept as (blank) records so the numbers stay aligned.
 */
public final class CsvRowReader implements RowReader {

    private final ReadOptions options;

    public CsvRowReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public void read(Path file, RowSink sink) throws UnreadableFileException {
        TextEncoding encoding = encoding(file);
        sink.note("编码 (encoding): " + encoding);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(file))
                .setIgnoreEmptyLines(false)
                .get();
        try (BufferedReader text = new BufferedReader(
                new InputStreamReader(encoding.open(file), encoding.strictDecoder()), 1 << 16);
             CSVParser parser = format.parse(text)) {
            stream(parser, sink, encoding);
        } catch (IOException e) {
            throw new UnreadableFileException("无法读取文件 (cannot read file): " + file + ": " + e.getMessage(), e);
        }
    }

    private void stream(CSVParser parser, RowSink sink, TextEncoding encoding) throws UnreadableFileException {
        List<String> header = null;
        try {
            for (CSVRecord record : parser) {
                int number = Math.toIntExact(record.getRecordNumber());
                if (number < options.headerRow()) {
                    continue;
                }
                if (header == null) {
                    header = HeaderNames.of(record.toList(), HeaderNames::numbered);
                    if (!sink.header(header)) {
                        return;
                    }
                    continue;
                }
                if (!sink.row(SourceRow.of(number, cells(header, record)))) {
                    return;
                }
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                // Text is decoded ahead of the parser, so the bad bytes lie shortly after the last row read.
                long lastRow = parser.getRecordNumber();
                throw new UnreadableFileException("文件不是 " + encoding.charset().name() + " 编码 (wrong encoding)"
                        + (lastRow > 0 ? "，第 " + lastRow + " 行之后有无法解码的字节" : "")
                        + "；请用 --encoding 指定，如 --encoding GBK 或 --encoding UTF-8", e);
            }
            throw new UnreadableFileException("CSV 格式错误 (malformed CSV)，第 " + parser.getCurrentLineNumber()
                    + " 行附近: " + e.getCause().getMessage(), e);
        } catch (IllegalStateException e) {
            // commons-csv reports an unterminated quoted field this way
            throw new UnreadableFileException("CSV 格式错误 (malformed CSV)，第 " + parser.getCurrentLineNumber()
                    + " 行附近: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new UnreadableFileException("文件没有表头行 (no header row): 第 " + options.headerRow() + " 行不存在");
        }
    }

    private static Map<String, String> cells(List<String> header, CSVRecord record) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i).strip();
            if (!value.isEmpty()) {
                cells.put(i < header.size() ? header.get(i) : HeaderNames.numbered(i), value);
            }
        }
        return cells;
    }

    private TextEncoding encoding(Path file) throws UnreadableFileException {
        try {
            return options.encoding() == null ? TextEncoding.detect(file) : TextEncoding.given(file, options.encoding());
        } catch (IOException e) {
            throw new UnreadableFileException("无法读取文件 (cannot read file): " + file + ": " + e.getMessage(), e);
        }
    }

    private char delimiter(Path file) {
        if (options.delimiter() != null) {
            return options.delimiter();
        }
        return file.getFileName().toString().toLowerCase().endsWith(".tsv") ? '\t' : ',';
    }
}
