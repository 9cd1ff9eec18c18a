package io.liaisoninsight.ingest.enrich;

import io.liaisoninsight.ingest.enrich.duplicate.NearDuplicateFingerprinter;
import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
import java.util.*;

class SpeedScratchTest {
    @Test
    void speed() {
        SyntheticPetitions gen = new SyntheticPetitions(3);
        List<SyntheticPetitions.Text> texts = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 5000; i++) { var t = gen.next(); texts.add(t); bytes += t.joined().getBytes(StandardCharsets.UTF_8).length; }
        System.out.println("avg chars " + texts.stream().mapToInt(t -> t.joined().length()).average().getAsDouble());
        NearDuplicateFingerprinter f = new NearDuplicateFingerprinter();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime(); long x = 0;
            for (var t : texts) x += f.fingerprint(t.title(), t.content()).bands().size();
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("SPEED minhash %.1f MB/s %d%n", bytes / 1e6 / s, x);
        }
    }
}
