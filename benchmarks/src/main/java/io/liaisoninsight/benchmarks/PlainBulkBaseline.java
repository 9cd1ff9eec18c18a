package io.liaisoninsight.benchmarks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.TemplateInstaller;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Baseline 2, plain bulk: the very documents the pipeline stores, bulk-indexed into the same templates
 * (installed under a fresh prefix) with no Kafka and no enrichment, one bulk request at a time of the
 * pipeline's batch size, timed until every document is indexed and visible (count after a refresh).
 */
public final class PlainBulkBaseline {

    private PlainBulkBaseline() {
    }

    public static Measurement run(Corpus corpus, StoredDocuments documents, ElasticsearchClient client, EsHttp http,
                                  IndexNames names, int batchSize, CpuMeter cpu) throws IOException {
        new TemplateInstaller(client, names, Clock.systemUTC()).install();
        List<StoredDocuments.Write> writes = documents.writes();
        CpuMeter.Sample before = cpu.sample();
        int refused = 0;
        for (int from = 0; from < writes.size(); from += batchSize) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(batchSize * 4096);
            for (StoredDocuments.Write write : writes.subList(from, Math.min(from + batchSize, writes.size()))) {
                write.appendTo(body, names.prefix());
            }
            refused += http.bulk(body.toByteArray());
        }
        long count = http.refreshAndCount(names.allRecords());
        CpuMeter.Sample after = cpu.sample();
        if (refused > 0 || count != documents.distinctIds()) {
            System.out.printf("  plain bulk: %d items refused, %d documents stored of %d expected%n", refused, count,
                    documents.distinctIds());
        }
        return new Measurement("plain bulk", corpus.size(), corpus.jsonBytes(),
                Duration.ofNanos(after.wallNanos() - before.wallNanos()), after.since(before));
    }
}
