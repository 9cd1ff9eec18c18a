package io.liaisoninsight.ingest.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BootstrapTest {

    private final List<Object> published = new CopyOnWriteArrayList<>();
    private Bootstrap bootstrap;

    @AfterEach
    void stop() {
        if (bootstrap != null) {
            bootstrap.stop();
        }
    }

    @Test
    void retriesAFailingStepUntilItSucceedsThenPublishesCompletion() {
        StartupStep flaky = new FailingTimes("kafka-topics", 2);
        StartupStep healthy = new FailingTimes("elasticsearch-schema", 0);
        bootstrap = new Bootstrap(List.of(flaky, healthy), published::add);

        bootstrap.start();

        // First retry after 1 s, second after 2 s.
        await().atMost(Duration.ofSeconds(10)).until(bootstrap::isComplete);
        assertThat(bootstrap.states()).containsOnlyKeys("elasticsearch-schema", "kafka-topics");
        assertThat(bootstrap.states().get("kafka-topics")).isEqualTo(new Bootstrap.StepState(true, 2, null));
        assertThat(bootstrap.states().get("elasticsearch-schema")).isEqualTo(new Bootstrap.StepState(true, 0, null));
        assertThat(published).containsExactly(new BootstrapCompleted(List.of("elasticsearch-schema", "kafka-topics")));
    }

    @Test
    void reportsTheLastErrorWhileAStepKeepsFailing() {
        bootstrap = new Bootstrap(List.of(new FailingTimes("elasticsearch-schema", Integer.MAX_VALUE)), published::add);

        bootstrap.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> bootstrap.states().get("elasticsearch-schema").failedAttempts() >= 1);
        Bootstrap.StepState state = bootstrap.states().get("elasticsearch-schema");
        assertThat(state.done()).isFalse();
        assertThat(state.lastError()).isEqualTo("cannot install index templates: ConnectException: Connection refused");
        assertThat(bootstrap.isComplete()).isFalse();
        assertThat(published).isEmpty();
    }

    @Test
    void backsOffExponentiallyUpToThirtySeconds() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 100)).map(Bootstrap::backoff).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void describesAFailureByWhatFailedAndItsRootCause() {
        ConnectException refused = new ConnectException("Connection refused");
        assertThat(Bootstrap.describe(refused)).isEqualTo("ConnectException: Connection refused");
        assertThat(Bootstrap.describe(new IllegalStateException("topic creation failed", new RuntimeException(refused))))
                .isEqualTo("topic creation failed: ConnectException: Connection refused");
        // A wrapper that repeats its cause (Kafka's habit) is not repeated twice.
        assertThat(Bootstrap.describe(new RuntimeException(refused))).isEqualTo("java.net.ConnectException: Connection refused");
        assertThat(Bootstrap.describe(new ExecutionException(new TimeoutException("Timed out waiting for a node assignment."))))
                .isEqualTo("TimeoutException: Timed out waiting for a node assignment.");
        assertThat(Bootstrap.describe(new IllegalStateException("line one\n  line two"))).isEqualTo("IllegalStateException: line one line two");
    }

    /** A step that throws "connection refused" a given number of times, then succeeds. */
    private static final class FailingTimes implements StartupStep {
        private final String name;
        private final AtomicInteger failuresLeft;

        FailingTimes(String name, int failures) {
            this.name = name;
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String target() {
            return "http://127.0.0.1:9200";
        }

        @Override
        public void run() {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new UncheckedIOException("cannot install index templates", new ConnectException("Connection refused"));
            }
        }
    }
}
