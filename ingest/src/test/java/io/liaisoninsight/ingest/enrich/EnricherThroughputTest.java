package io.liaisoninsight.ingest.enrich;

import io.liaisoninsight.ingest.enrich.duplicate.NearDuplicateFingerprinter;
import io.liaisoninsight.ingest.enrich.entity.EntityExtractor;
import io.liaisoninsight.ingest.enrich.terms.KeyTermExtractor;
import io.liaisoninsight.ingest.enrich.text.AnalysedText;
import io.liaisoninsight.ingest.enrich.text.Segmenter;
import io.liaisoninsight.ingest.record.Complainant;
import io.liaisoninsight.ingest.record.Petition;
import io.liaisoninsight.schema.Channel;
import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.PetitionStatus;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of the whole Enricher and of its parts, single thread, on 20,000 generated petitions.
 * Prints figures only: timing assertions would fail on a busy build machine. The budget: ingest
 * must reach ≥ 85% of plain bulk-indexing throughput while Elasticsearch spends both cores on
 * smartcn (~1 MB/s per thread), so the Enricher should run at ≥ 10 MB/s per thread.
 */
class EnricherThroughputTest {

    private static final int RECORDS = 20_000;

    @Test
    void printsThroughputOfTheEnricherAndItsParts() {
        List<Petition> petitions = generate(RECORDS);
        long bytes = petitions.stream()
                .mapToLong(p -> (p.title() + "\n" + p.content()).getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("corpus: %d petitions, %.1f MB UTF-8, %.0f chars on average%n", petitions.size(), bytes / 1e6,
                petitions.stream().mapToInt(p -> p.title().length() + 1 + p.content().length()).average().orElse(0));

        Segmenter segmenter = StandardEnrichment.SEGMENTER;
        KeyTermExtractor terms = StandardEnrichment.KEY_TERMS;
        EntityExtractor entities = StandardEnrichment.ENTITIES;
        NearDuplicateFingerprinter fingerprinter = new NearDuplicateFingerprinter();
        Enricher enricher = Enricher.standard(StandardEnrichment.SECRET);
        List<AnalysedText> analysed = petitions.stream().map(p -> segmenter.analyse(p.title(), p.content())).toList();

        measure("segmentation", petitions, bytes, p -> segmenter.analyse(p.title(), p.content()));
        measure("key terms (after segmentation)", analysed, bytes, terms::extract);
        measure("entities (after segmentation)", analysed, bytes, a -> entities.extract(a, List.of()));
        measure("near-duplicate fingerprint", petitions, bytes, p -> fingerprinter.fingerprint(p.title(), p.content()));
        measure("whole Enricher", petitions, bytes, enricher::enrich);

        assertThat(enricher.enrich(petitions.get(0)).keyTerms()).isNotEmpty();
    }

    /**
     * Three timed passes after a warm-up pass, measured in the thread's CPU time (the budget is per thread,
     * and CPU time does not count the time other processes on a shared machine take) and in wall
     * time; the best pass of each is printed.
     */
    private static <T> void measure(String name, List<T> inputs, long bytes, Consumer<T> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        inputs.forEach(work); // warm-up: let the JIT compile the hot paths
        double bestCpu = Double.MAX_VALUE;
        double bestWall = Double.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            inputs.forEach(work);
            bestWall = Math.min(bestWall, (System.nanoTime() - wallStart) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        System.out.printf("%-32s %6.1f MB/s %8.0f records/s per CPU-second | wall %6.1f MB/s %8.0f records/s%n", name,
                bytes / 1e6 / bestCpu, inputs.size() / bestCpu, bytes / 1e6 / bestWall, inputs.size() / bestWall);
    }

    static List<Petition> generate(int count) {
        SyntheticPetitions generator = new SyntheticPetitions(20_000);
        OffsetDateTime received = OffsetDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        List<Petition> petitions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SyntheticPetitions.Text text = generator.next();
            petitions.add(new Petition("p-" + i, received, Channel.LETTER, received.plusMinutes(i),
                    List.of(new Complainant("张建国", "620102198001011234", "13809311234", null)), 1 + i % 30,
                    "榆中县", "和平镇", text.title(), text.content(), text.category(), PetitionStatus.RECEIVED, null, null,
                    null, null, null, EscalationLevel.values()[i % 4]));
        }
        return petitions;
    }
}
