package io.liaisoninsight.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    private static final int RECORDS = 3_000;

    @Test
    void sameSeedGivesTheSameBytesAndTheSameGroundTruth() throws IOException {
        Run a = run(7);
        Run b = run(7);
        assertThat(b.messages).hasSize(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            assertThat(b.messages.get(i)).as("message %d", i).isEqualTo(a.messages.get(i));
        }
        assertThat(b.truth).isEqualTo(a.truth);
    }

    @Test
    void anotherSeedGivesAnotherCorpus() throws IOException {
        Run a = run(7);
        Run c = run(8);
        int same = 0;
        for (int i = 0; i < 100; i++) {
            same += a.messages.get(i).equals(c.messages.get(i)) ? 1 : 0;
        }
        assertThat(same).isZero();
        assertThat(c.truth).isNotEqualTo(a.truth);
    }

    private record Run(List<String> messages, String truth) {
    }

    private static Run run(long seed) throws IOException {
        List<String> messages = new ArrayList<>();
        GroundTruth truth = new CorpusGenerator(CorpusSettings.of(seed, RECORDS))
                .generate(r -> messages.add(r.id() + "\t" + r.jsonText()));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        truth.write(json);
        return new Run(messages, json.toString(StandardCharsets.UTF_8));
    }
}
