package io.liaisoninsight.demo;

import io.liaisoninsight.schema.Source;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Writes one JSON Lines file per source into a directory: {@code petitions.jsonl}, {@code visit-notes.jsonl} ... */
public final class JsonlDirectorySink implements RecordSink {

    private final Map<Source, OutputStream> files = new EnumMap<>(Source.class);
    private final Path directory;

    public JsonlDirectorySink(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
        for (Source source : Source.values()) {
            files.put(source, new BufferedOutputStream(Files.newOutputStream(file(directory, source)), 1 << 20));
        }
    }

    public static Path file(Path directory, Source source) {
        return directory.resolve(source.slug() + ".jsonl");
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void accept(CorpusRecord record) {
        try {
            OutputStream out = files.get(record.source());
            out.write(record.json());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (OutputStream out : files.values()) {
            try {
                out.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
