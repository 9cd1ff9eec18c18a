package io.liaisoninsight.testsupport;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Real engines in Docker containers, used when a Docker engine is available. Elasticsearch is the
 * official image with the official analysis-smartcn plugin, built from the same Dockerfile as the
 * deployment in {@code docker/}; containers live for the JVM (Ryuk removes them).
 */
final class ContainerEngines {

    static final String KAFKA_IMAGE = "apache/kafka:3.9.1";

    private ContainerEngines() {
    }

    static Engines start(Optional<String> esFromEnvironment, Optional<String> kafkaFromEnvironment) {
        String es = esFromEnvironment.orElseGet(ContainerEngines::startElasticsearch);
        String kafka = kafkaFromEnvironment.orElseGet(ContainerEngines::startKafka);
        return new Engines(es, kafka, "Testcontainers");
    }

    private static String startElasticsearch() {
        Path dockerfile = RealEngines.repositoryRoot().resolve("docker/elasticsearch/Dockerfile");
        GenericContainer<?> container = new GenericContainer<>(new ImageFromDockerfile("liaison-elasticsearch-test", false)
                .withFileFromPath(".", dockerfile.getParent()))
                .withEnv("discovery.type", "single-node")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms1g -Xmx1g")
                .withExposedPorts(9200)
                .waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow").forPort(9200)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        container.start();
        return "http://" + container.getHost() + ":" + container.getMappedPort(9200);
    }

    private static String startKafka() {
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
        container.start();
        return container.getBootstrapServers();
    }
}
