package io.liaisoninsight.ingest.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rows that were not published, one JSON object per line: {@code #row} (the row number in the
 * original file), {@code #problems}, then the row's cells under their column names. The file can be
 * corrected and imported again with the same mapping ({@code --file x.rejected.jsonl}); the JSONL
 * reader takes the row number from {@code #row}, so ids built from {@code {row}} stay the same.
 * A file left by an earlier run is removed first, so it never lists rows that have since been fixed.
 */
final class RejectedRowsFile implements AutoCloseable {

    private final Path path;
    private final ObjectMapper json;
    private BufferedWriter writer;
    private long written;

    RejectedRowsFile(Path path, ObjectMapper json) throws IOException {
        this.path = path;
        this.json = json;
        Files.deleteIfExists(path);
    }

    /** Where rejected rows go next to the imported file: {@code <file>.rejected.jsonl}. */
    static Path beside(Path file) {
        return file.resolveSibling(file.getFileName() + ".rejected.jsonl");
    }

    void write(RejectedRow row) {
        ObjectNode line = json.createObjectNode();
        line.put("#row", row.row());
        ArrayNode problems = line.putArray("#problems");
        row.problems().forEach(p -> problems.add(p.toString()));
        row.original().forEach(line::put);
        try {
            if (writer == null) {
                writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            }
            writer.write(json.writeValueAsString(line));
            writer.newLine();
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    Path path() {
        return path;
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
