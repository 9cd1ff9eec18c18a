package io.liaisoninsight.demo;

import java.io.IOException;

/** Where generated messages go, in generation order: files, Kafka, a counter. */
@FunctionalInterface
public interface RecordSink extends AutoCloseable {

    void accept(CorpusRecord record);

    @Override
    default void close() throws IOException {
    }
}
