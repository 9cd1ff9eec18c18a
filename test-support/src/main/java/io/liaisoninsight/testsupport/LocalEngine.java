package io.liaisoninsight.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The project's own local Elasticsearch and Kafka, started (or found running) by
 * {@code engine/local-engine.sh up}. The script is idempotent, so every test JVM of one run calls it
 * and only the first one pays for the start; the test command stops what it started at the end.
 */
final class LocalEngine {

    static final String SCRIPT = "engine/local-engine.sh";
    private static final long START_TIMEOUT_MINUTES = 15;

    private final Path repositoryRoot;

    private LocalEngine(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
    }

    static LocalEngine fromRepository(Path repositoryRoot) {
        return new LocalEngine(repositoryRoot);
    }

    Engines up(Optional<String> esFromEnvironment, Optional<String> kafkaFromEnvironment) {
        String only = esFromEnvironment.isPresent() ? "--kafka-only" : kafkaFromEnvironment.isPresent() ? "--es-only" : null;
        run(only);
        String es = esFromEnvironment.orElse("http://127.0.0.1:" + RealEngines.setting("LIAISON_ES_PORT").orElse("9200"));
        String kafka = kafkaFromEnvironment.orElse("127.0.0.1:" + RealEngines.setting("LIAISON_KAFKA_PORT").orElse("9092"));
        return new Engines(es, kafka, "local engine (" + SCRIPT + ")");
    }

    private void run(String only) {
        ProcessBuilder builder = only == null
                ? new ProcessBuilder("bash", SCRIPT, "up")
                : new ProcessBuilder("bash", SCRIPT, "up", only);
        builder.directory(repositoryRoot.toFile()).redirectErrorStream(true);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(START_TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(SCRIPT + " up failed; its output:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + SCRIPT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the local engine", e);
        }
    }
}
