package io.liaisoninsight.benchmarks;

import java.util.List;

/** One repetition: the two baselines and the pipeline, measured on the same corpus one after another. */
public record Round(Measurement smartcnOneThread, Measurement smartcnTwoThreads, Measurement plainBulk,
                    PipelineResult pipeline) {

    public List<Measurement> rows() {
        return List.of(smartcnOneThread, smartcnTwoThreads, plainBulk, pipeline.measurement());
    }

    /** Pipeline docs/s as a share of plain bulk docs/s. */
    public double pipelineRatio() {
        return pipeline.measurement().docsPerSecond() / plainBulk.docsPerSecond();
    }
}
