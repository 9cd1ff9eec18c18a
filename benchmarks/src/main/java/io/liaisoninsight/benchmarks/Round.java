package io.liaisoninsight.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * One repetition: the two baselines and the pipeline, measured on the same corpus one after another, and
 * with {@code --steps-cost} the pipeline without its batch steps ({@code withoutSteps}, else null).
 */
public record Round(Measurement smartcnOneThread, Measurement smartcnTwoThreads, Measurement plainBulk,
                    PipelineResult pipeline, Measurement withoutSteps) {

    public List<Measurement> rows() {
        List<Measurement> rows = new ArrayList<>(List.of(smartcnOneThread, smartcnTwoThreads, plainBulk,
                pipeline.measurement()));
        if (withoutSteps != null) {
            rows.add(withoutSteps);
        }
        return rows;
    }

    /** Pipeline docs/s as a share of plain bulk docs/s. */
    public double pipelineRatio() {
        return pipeline.measurement().docsPerSecond() / plainBulk.docsPerSecond();
    }
}
