package io.liaisoninsight.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field name constant in {@link Fields} must exist in the mapping JSON, and the templates must be complete. */
class FieldsContractTest {

    private final TemplateResources resources = new TemplateResources(IndexNames.defaults());

    @Test
    void everyFieldConstantIsMapped() {
        List<String> missing = new ArrayList<>();
        for (Class<?> holder : List.of(Fields.class, Fields.Petition.class, Fields.VisitNote.class,
                Fields.MediaReport.class)) {
            for (String path : constants(holder)) {
                if (!mappedInAnyComponent(path)) {
                    missing.add(holder.getSimpleName() + ": " + path);
                }
            }
        }
        for (String path : constants(Fields.SavedSearch.class)) {
            if (!mapped(indexTemplate("saved-searches").path("template").path("mappings"), path)) {
                missing.add("SavedSearch: " + path);
            }
        }
        for (String path : constants(Fields.Alert.class)) {
            if (!mapped(indexTemplate("alerts").path("template").path("mappings"), path)) {
                missing.add("Alert: " + path);
            }
        }
        for (String path : constants(Fields.DuplicateRoot.class)) {
            if (!mapped(indexTemplate("duplicate-roots").path("template").path("mappings"), path)) {
                missing.add("DuplicateRoot: " + path);
            }
        }
        for (String path : constants(Fields.Meeting.class)) {
            if (!mapped(indexTemplate("meetings").path("template").path("mappings"), path)) {
                missing.add("Meeting: " + path);
            }
        }
        for (String path : constants(Fields.Complainant.class)) {
            if (!mapped(indexTemplate("complainants").path("template").path("mappings"), path)) {
                missing.add("Complainant: " + path);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void exactSubfieldsIndexPhraseShinglesForTheHighlighter() {
        JsonNode properties = component("record-common").path("template").path("mappings").path("properties");
        for (String exact : List.of(Fields.TITLE_EXACT, Fields.CONTENT_EXACT)) {
            String[] path = exact.split("\\.");
            assertThat(properties.path(path[0]).path("fields").path(path[1]).path("index_phrases").asBoolean())
                    .as(exact + " index_phrases (its shingles are named by Fields.phraseShingles)").isTrue();
        }
    }

    @Test
    void recordMappingsAreStrictAndEverySourceHasATemplate() {
        assertThat(component("record-common").path("template").path("mappings").path("dynamic").asText())
                .isEqualTo("strict");
        for (Source source : Source.values()) {
            JsonNode template = indexTemplate(source.slug());
            assertThat(template.path("index_patterns").path(0).asText()).isEqualTo("liaison-" + source.slug() + "-*");
            assertThat(template.path("template").path("aliases").has("liaison-records")).isTrue();
            assertThat(mappedInAnyComponent(source.eventTimeField())).isTrue();
        }
        for (SystemIndex index : SystemIndex.values()) {
            assertThat(indexTemplate(index.slug()).path("template").path("mappings").path("dynamic").asText())
                    .isEqualTo("strict");
        }
    }

    @Test
    void everyBodyCarriesTheSchemaVersion() {
        resources.componentTemplates().forEach(t -> assertThat(t.body().path("version").asInt())
                .isEqualTo(resources.schemaVersion()));
        resources.indexTemplates().forEach(t -> assertThat(t.body().path("_meta").path("schema_version").asInt())
                .isEqualTo(resources.schemaVersion()));
    }

    private boolean mappedInAnyComponent(String path) {
        return resources.componentTemplates().stream()
                .anyMatch(t -> mapped(t.body().path("template").path("mappings"), path));
    }

    /** Walks a dotted path through properties, or through a multi-field's fields for the last step. */
    private static boolean mapped(JsonNode mappings, String path) {
        JsonNode node = mappings;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            JsonNode next = node.path("properties").path(parts[i]);
            if (next.isMissingNode() && i == parts.length - 1) {
                next = node.path("fields").path(parts[i]);
            }
            if (next.isMissingNode()) {
                return false;
            }
            node = next;
        }
        return true;
    }

    private JsonNode component(String name) {
        return resources.componentTemplates().stream().filter(t -> t.resourceName().equals(name)).findFirst()
                .orElseThrow().body();
    }

    private JsonNode indexTemplate(String name) {
        return resources.indexTemplates().stream().filter(t -> t.resourceName().equals(name)).findFirst()
                .orElseThrow().body();
    }

    private static List<String> constants(Class<?> holder) {
        List<String> values = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return values;
    }
}
