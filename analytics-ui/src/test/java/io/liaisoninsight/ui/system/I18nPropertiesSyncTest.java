package io.liaisoninsight.ui.system;

import io.liaisoninsight.schema.Source;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Like spring-petclinic's test of the same name: both languages have the same keys, every key the
 * views ask for exists, and no Chinese text is hard-coded in Java (it belongs in the bundles).
 */
class I18nPropertiesSyncTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z]*(\\.[a-zA-Z_]+)+\\.?");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void defaultBundleIsChineseAndReadAsUtf8() {
        assertThat(load("messages.properties").getProperty("app.name")).containsPattern(CJK);
    }

    @Test
    void noEmptyTexts() {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInTheUiExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        for (Path file : uiSources()) {
            for (String literal : literals(file)) {
                if (!KEY.matcher(literal).matches()) {
                    continue;
                }
                if (literal.endsWith(".")) {
                    // A key prefix completed at run time, e.g. "source." + source.name().
                    assertThat(keys).as(file + " uses key prefix " + literal).anyMatch(k -> k.startsWith(literal));
                } else {
                    assertThat(keys).as(file + " uses key " + literal).contains(literal);
                }
            }
        }
    }

    @Test
    void keysBuiltAtRunTimeExist() {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        for (Source source : Source.values()) {
            assertThat(keys).contains("source." + source.name());
        }
        for (String status : List.of("green", "yellow", "red")) {
            assertThat(keys).contains("health.es.status." + status);
        }
        for (Role role : Role.values()) {
            assertThat(keys).contains("role." + role.name());
        }
        for (AuditAction action : AuditAction.values()) {
            assertThat(keys).contains("audit.action." + action.name());
        }
        for (AuditOutcome outcome : AuditOutcome.values()) {
            assertThat(keys).contains("audit.outcome." + outcome.name());
        }
        for (NotPermittedException.Reason reason : NotPermittedException.Reason.values()) {
            assertThat(keys).contains(new NotPermittedException(reason, "test").messageKey());
        }
    }

    @Test
    void noChineseLiteralsInJava() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String literal : literals(file)) {
                    if (CJK.matcher(literal).find()) {
                        offenders.add(file + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(offenders).as("UI text belongs in messages*.properties").isEmpty();
    }

    /** Java sources that render UI text. */
    private static List<Path> uiSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("getTranslation("))
                    .toList();
        }
    }

    /** The string literals of a Java file, skipping comments and char literals (text blocks are not used). */
    static List<String> literals(Path file) {
        String src = read(file);
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2) < 0 ? src.length() : src.indexOf("*/", i + 2) + 2;
            } else if (c == '"' || c == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < src.length() && src.charAt(i) != c) {
                    if (src.charAt(i) == '\\') {
                        literal.append(src.charAt(i++));
                    }
                    literal.append(src.charAt(i++));
                }
                i++;
                if (c == '"') {
                    found.add(literal.toString());
                }
            } else {
                i++;
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = I18nPropertiesSyncTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
