package io.liaisoninsight.demo;

import java.io.IOException;
import java.util.List;

/** Gives every message to several sinks, e.g. files and Kafka. */
record FanOutSink(List<RecordSink> sinks) implements RecordSink {

    @Override
    public void accept(CorpusRecord record) {
        for (RecordSink sink : sinks) {
            sink.accept(record);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (RecordSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            } catch (Exception e) {
                failure = failure == null ? new IOException(e) : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
