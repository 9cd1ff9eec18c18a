package io.liaisoninsight.ingest.importer.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.poifs.filesystem.FileMagic;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the importer reads, each with its reader. */
public enum FileFormat {
    CSV, XLSX, XLS, JSONL;

    /** A name as given on the command line: csv, tsv, xlsx, xls, jsonl. */
    public static Optional<FileFormat> named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "csv", "tsv", "txt" -> Optional.of(CSV);
            case "xlsx", "xlsm" -> Optional.of(XLSX);
            case "xls" -> Optional.of(XLS);
            case "jsonl", "ndjson", "json" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }

    /**
     * The format of a file from its extension. For Excel the content decides between .xls and .xlsx:
     * systems often name an old-format export ".xlsx" (or the other way round), which Excel opens anyway.
     */
    public static Optional<FileFormat> of(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Optional<FileFormat> byName = dot < 0 ? Optional.empty() : named(name.substring(dot + 1));
        if (byName.isPresent() && (byName.get() == XLS || byName.get() == XLSX)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                FileMagic magic = FileMagic.valueOf(in);
                if (magic == FileMagic.OLE2) {
                    return Optional.of(XLS);
                }
                if (magic == FileMagic.OOXML) {
                    return Optional.of(XLSX);
                }
            }
        }
        return byName;
    }

    public RowReader reader(ReadOptions options, ObjectMapper json) {
        return switch (this) {
            case CSV -> new CsvRowReader(options);
            case XLSX -> new XlsxRowReader(options);
            case XLS -> new XlsRowReader(options);
            case JSONL -> new JsonlRowReader(json);
        };
    }
}
