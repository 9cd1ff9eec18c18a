package io.liaisoninsight.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * The pipeline run: the end-to-end measurement (first message published → every record indexed and
 * visible) and its time split. Publishing and consuming overlap, as in production.
 *
 * @param measurement end to end
 * @param publish     first send → last acknowledgement from Kafka
 * @param settled     first send → every message settled by the ingest service (stored, stale or dead-lettered)
 * @param batches     the service's batch timer
 * @param stored      documents counted in the records alias after the last refresh
 * @param expected    distinct record ids among the messages the reader accepts
 * @param stages      time in the batch steps and Elasticsearch calls (see {@link PipelineProbe})
 */
public record PipelineResult(Measurement measurement, Duration publish, Duration settled, BatchStats batches,
                             long stored, long expected, List<PipelineProbe.StageTime> stages) {
}
