package io.liaisoninsight.ingest.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the {@link StartupStep}s in the background and retries each one with a capped exponential
 * back-off until it succeeds. An engine that is down at start is an ordinary condition (containers
 * start in any order, clusters restart): the process stays up, logs one line per failed attempt and
 * reports DOWN in {@code /actuator/health} until every step is done, instead of failing start-up and
 * being restarted in a loop by its supervisor.
 */
@Component
public class Bootstrap implements SmartLifecycle {

    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    /** Where one step stands; the health and info endpoints show it as is. */
    public record StepState(boolean done, int failedAttempts, String lastError) {
        static final StepState PENDING = new StepState(false, 0, null);
    }

    private final List<StartupStep> steps;
    private final ApplicationEventPublisher events;
    private final Map<String, StepState> states = new ConcurrentSkipListMap<>();
    private final AtomicBoolean completed = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    public Bootstrap(List<StartupStep> steps, ApplicationEventPublisher events) {
        this.steps = List.copyOf(steps);
        this.events = events;
        this.steps.forEach(step -> states.put(step.name(), StepState.PENDING));
    }

    @Override
    public void start() {
        // One thread per step: a step waiting on a dead broker must not hold up the others.
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(Math.max(1, steps.size()), task -> {
            Thread thread = new Thread(task, "bootstrap-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        steps.forEach(step -> executor.execute(() -> attempt(step)));
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** True once every step has succeeded. */
    public boolean isComplete() {
        return completed.get();
    }

    /** Per step, sorted by name. */
    public Map<String, StepState> states() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(states));
    }

    private void attempt(StartupStep step) {
        try {
            step.run();
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted() || executor == null) {
                return; // shutting down
            }
            retryLater(step, e);
            return;
        }
        states.put(step.name(), new StepState(true, states.get(step.name()).failedAttempts(), null));
        log.info("{}: done", step.name());
        if (states.values().stream().allMatch(StepState::done) && completed.compareAndSet(false, true)) {
            log.info("ingest bootstrap complete: {}", states.keySet());
            events.publishEvent(new BootstrapCompleted(List.copyOf(states.keySet())));
        }
    }

    private void retryLater(StartupStep step, Exception e) {
        int failures = states.get(step.name()).failedAttempts() + 1;
        String reason = describe(e);
        states.put(step.name(), new StepState(false, failures, reason));
        Duration delay = backoff(failures);
        // One line per attempt; the stack trace only on request (DEBUG), it says nothing new when a host is down.
        log.warn("{}: not ready (attempt {}, {}): {}; retrying in {}s", step.name(), failures, step.target(), reason,
                delay.toSeconds());
        log.debug("{}: attempt {} failed", step.name(), failures, e);
        ScheduledExecutorService running = executor;
        if (running == null) {
            return; // stopped meanwhile
        }
        try {
            running.schedule(() -> attempt(step), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // The context is closing; nothing left to retry for.
        }
    }

    /** 1 s, 2 s, 4 s … capped at 30 s. */
    static Duration backoff(int failures) {
        int doublings = Math.min(failures - 1, 16);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }

    /**
     * The failure in one line: the top message says what failed, the innermost cause why, e.g.
     * {@code cannot install index templates: ConnectException: Connection refused}.
     */
    static String describe(Throwable failure) {
        Throwable e = failure;
        // Future wrappers only repeat their cause.
        while ((e instanceof ExecutionException || e instanceof CompletionException) && e.getCause() != null) {
            e = e.getCause();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = singleLine(e.getMessage());
        String why = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + singleLine(root.getMessage()));
        if (root == e || what == null) {
            return why;
        }
        return root.getMessage() != null && what.contains(singleLine(root.getMessage())) ? what : what + ": " + why;
    }

    private static String singleLine(String message) {
        return message == null || message.isBlank() ? null : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
