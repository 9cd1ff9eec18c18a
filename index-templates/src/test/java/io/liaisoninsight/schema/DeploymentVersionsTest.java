package io.liaisoninsight.schema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The deployment image must run the Elasticsearch version the local engine, plugin and tests use. */
class DeploymentVersionsTest {

    @Test
    void dockerfileElasticsearchVersionEqualsTheBuildsVersion() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        String pom = Files.readString(root.resolve("pom.xml"));
        String dockerfile = Files.readString(root.resolve("docker/elasticsearch/Dockerfile"));

        assertThat(first(dockerfile, "ARG ES_VERSION=(\\S+)"))
                .isEqualTo(first(pom, "<elasticsearch.version>([^<]+)</elasticsearch.version>"));
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
