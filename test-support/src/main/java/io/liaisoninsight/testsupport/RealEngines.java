package io.liaisoninsight.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One real Elasticsearch and one real Kafka per test JVM, chosen in this order:
 * <ol>
 *   <li>addresses from the environment ({@code LIAISON_TEST_ES_URL}, {@code LIAISON_TEST_KAFKA_BOOTSTRAP}),
 *       e.g. an existing cluster;</li>
 *   <li>Testcontainers, when a Docker engine answers (the official images, smartcn installed by
 *       {@code docker/elasticsearch/Dockerfile});</li>
 *   <li>the project's local engine ({@code engine/local-engine.sh up}, idempotent, so the whole test
 *       run shares one start).</li>
 * </ol>
 * There is no fourth option: if none works the test fails with the reason; it is never skipped.
 * The JVM-wide instance mirrors elasticsearch-java's {@code ElasticsearchTestServer.global()}.
 */
public final class RealEngines {

    private static final Logger log = LoggerFactory.getLogger(RealEngines.class);
    private static Engines engines;

    private RealEngines() {
    }

    public static synchronized Engines get() {
        if (engines == null) {
            engines = resolve();
            log.info("integration tests use {}", engines);
        }
        return engines;
    }

    private static Engines resolve() {
        Optional<String> es = setting("LIAISON_TEST_ES_URL");
        Optional<String> kafka = setting("LIAISON_TEST_KAFKA_BOOTSTRAP");
        if (es.isPresent() && kafka.isPresent()) {
            return new Engines(es.get(), kafka.get(), "environment");
        }
        if (dockerAvailable()) {
            return ContainerEngines.start(es, kafka);
        }
        return LocalEngine.fromRepository(repositoryRoot()).up(es, kafka);
    }

    private static boolean dockerAvailable() {
        // Asking Testcontainers logs a page of errors when there is plainly no Docker; look first.
        boolean configured = setting("DOCKER_HOST").isPresent() || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!configured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static Optional<String> setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The checkout that holds {@code engine/local-engine.sh}: set by the build, else found from the working directory. */
    static Path repositoryRoot() {
        Optional<String> configured = setting("LIAISON_REPO_ROOT");
        if (configured.isPresent() && Files.isRegularFile(Path.of(configured.get(), LocalEngine.SCRIPT))) {
            return Path.of(configured.get());
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve(LocalEngine.SCRIPT))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No Elasticsearch/Kafka for integration tests: set LIAISON_TEST_ES_URL and "
                + "LIAISON_TEST_KAFKA_BOOTSTRAP, run a Docker engine, or run the tests inside the repository so "
                + LocalEngine.SCRIPT + " can be found");
    }
}
