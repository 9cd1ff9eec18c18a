package io.liaisoninsight.ui.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The words of the search box's query language: field labels ({@code 区县}), operators ({@code 或者}) and
 * value aliases ({@code 办理中 → IN_PROGRESS}). Read from {@code search/query-language.properties} (users'
 * words, not UI text, so they live outside the message bundles and both languages' words always work) and
 * the reference list of districts, so {@code 区县:西固} finds 西固区.
 */
final class QueryLanguage {

    static final String RESOURCE = "search/query-language.properties";
    static final String DISTRICTS = "reference/lanzhou-districts.json";

    enum Operator { AND, OR, NOT }

    private final Map<String, Qualifier> qualifiers = new HashMap<>();
    private final Map<String, Operator> operators = new HashMap<>();
    private final Map<SearchField, Map<String, String>> values = new EnumMap<>(SearchField.class);
    private final List<String> districts;

    QueryLanguage(Properties words, Collection<String> districts) {
        for (SearchField field : SearchField.values()) {
            String key = "field." + propertyName(field);
            list(words, key).forEach(label -> qualifiers.put(fold(label), field));
            values.put(field, new HashMap<>());
        }
        list(words, "field.title").forEach(label -> qualifiers.put(fold(label), TextTarget.TITLE));
        list(words, "field.content").forEach(label -> qualifiers.put(fold(label), TextTarget.CONTENT));
        for (Operator op : Operator.values()) {
            list(words, "operator." + op.name().toLowerCase(Locale.ROOT)).forEach(word -> operators.put(word, op));
        }
        for (String key : words.stringPropertyNames()) {
            if (!key.startsWith("value.")) {
                continue;
            }
            String[] parts = key.split("\\.", 3);
            SearchField field = parts.length == 3 ? byPropertyName(parts[1]) : null;
            if (field == null) {
                throw new IllegalArgumentException(RESOURCE + ": unknown field in " + key);
            }
            Map<String, String> aliases = values.get(field);
            aliases.put(fold(parts[2]), parts[2]);
            list(words, key).forEach(alias -> aliases.put(fold(alias), parts[2]));
        }
        this.districts = List.copyOf(districts);
    }

    /** The shipped vocabulary and district list. */
    static QueryLanguage load() {
        return new QueryLanguage(properties(RESOURCE), referenceDistricts());
    }

    /** What {@code label} (before a colon) qualifies, if it is a known label. */
    Optional<Qualifier> qualifier(String label) {
        return Optional.ofNullable(qualifiers.get(fold(label)));
    }

    /** The operator a whole word stands for, or null. */
    Operator operator(String word) {
        return operators.get(word);
    }

    /**
     * The stored value for what the user wrote: a known alias or code, a district completed from its
     * unique prefix ({@code 西固 → 西固区}), else the text as written.
     */
    String value(SearchField field, String written) {
        String known = values.get(field).get(fold(written));
        if (known != null) {
            return known;
        }
        if (field == SearchField.DISTRICT) {
            List<String> candidates = districts.stream().filter(d -> d.startsWith(written)).toList();
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
        }
        return written;
    }

    /** Whether {@link #value} recognised the text (an alias, a code, a district, or a field of free values). */
    boolean knows(SearchField field, String written) {
        if (field.labelPrefix() == null) {
            return true;
        }
        return values.get(field).containsKey(fold(written));
    }

    List<String> districts() {
        return districts;
    }

    private static String propertyName(SearchField field) {
        return switch (field) {
            case SOURCE -> "source";
            case CHANNEL -> "channel";
            case DISTRICT -> "district";
            case TOWNSHIP -> "township";
            case CATEGORY -> "category";
            case STATUS -> "status";
            case RISK_LEVEL -> "riskLevel";
            case PEOPLE -> "people";
            case PLACES -> "places";
            case ORGANIZATIONS -> "organizations";
            case KEY_TERMS -> "keyTerms";
        };
    }

    private static SearchField byPropertyName(String name) {
        for (SearchField f : SearchField.values()) {
            if (propertyName(f).equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> list(Properties words, String key) {
        String value = words.getProperty(key, "");
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return new ArrayList<>(items);
    }

    static Properties properties(String resource) {
        Properties words = new Properties();
        try (InputStream in = QueryLanguage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static List<String> referenceDistricts() {
        try (InputStream in = QueryLanguage.class.getClassLoader().getResourceAsStream(DISTRICTS)) {
            if (in == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (JsonNode district : new ObjectMapper().readTree(in).path("districts")) {
                names.add(district.path("name").asText());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
