package io.liaisoninsight.ingest.importer.read;

import java.nio.file.Path;

/** Streams the rows of one kind of file, in order, without holding the file in memory. */
public interface RowReader {

    void read(Path file, RowSink sink) throws UnreadableFileException;
}
