package io.liaisoninsight.ui.search;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.json.stream.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected request JSON, checked as elasticsearch-java's {@code ModelTestCase.checkJsonRoundtrip} does:
 * the built value serialises to the expected JSON, and that JSON deserialises to a value that serialises
 * the same again (so it is a request the client itself understands). Files live in
 * {@code src/test/resources/search/expected/}. After an intended change, run the test with
 * {@code -Dsearch.expected.update=true} to rewrite them, then review the diff like code.
 */
final class JsonExpectations {

    private static final JsonpMapper MAPPER = new JacksonJsonpMapper();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final Path SOURCE_DIR = Path.of("src/test/resources/search/expected");

    private JsonExpectations() {
    }

    static <T> void checkJsonRoundtrip(T value, Class<T> type, String name) {
        String actual = JsonpUtils.toJsonString(value, MAPPER);
        if (Boolean.getBoolean("search.expected.update")) {
            write(name, actual);
            return;
        }
        JsonNode expected = read(name);
        assertThat(pretty(tree(actual))).as("request JSON of " + name).isEqualTo(pretty(expected));

        JsonParser parser = MAPPER.jsonProvider().createParser(new StringReader(expected.toString()));
        T back = MAPPER.deserialize(parser, type);
        assertThat(pretty(tree(JsonpUtils.toJsonString(back, MAPPER)))).as("round trip of " + name)
                .isEqualTo(pretty(expected));
    }

    private static JsonNode read(String name) {
        try (InputStream in = JsonExpectations.class.getResourceAsStream("/search/expected/" + name)) {
            assertThat(in).as("expected file search/expected/" + name).isNotNull();
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String name, String json) {
        try {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(name), pretty(tree(json)) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys sorted, so two equal requests print the same whatever order the client writes them in. */
    private static String pretty(JsonNode node) {
        try {
            return JSON.writeValueAsString(JSON.convertValue(node, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
