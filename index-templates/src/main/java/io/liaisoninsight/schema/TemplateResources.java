package io.liaisoninsight.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The template JSON shipped in this module ({@code liaison-templates/}), read once, with the
 * index prefix filled in and the manifest's schema version stamped into each body.
 */
public final class TemplateResources {

    private static final String ROOT = "liaison-templates/";
    private static final String SHARED_SETTINGS = "settings";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One template body ready to send. */
    public record Template(String resourceName, String installedName, ObjectNode body) {
    }

    private final int schemaVersion;
    private final Set<String> newIndicesOnly;
    private final List<Template> componentTemplates;
    private final List<Template> indexTemplates;

    public TemplateResources(IndexNames names) {
        JsonNode manifest = read(ROOT + "manifest.json", names);
        this.schemaVersion = manifest.path("schemaVersion").asInt();
        if (schemaVersion < 1) {
            throw new IllegalStateException("manifest.json has no positive schemaVersion");
        }
        Set<String> kept = new TreeSet<>();
        manifest.path("newIndicesOnly").forEach(field -> kept.add(field.asText()));
        this.newIndicesOnly = Set.copyOf(kept);
        this.componentTemplates = load(manifest.path("componentTemplates"), "component/", names);
        shareAnalysisSettings(componentTemplates);
        this.indexTemplates = load(manifest.path("indexTemplates"), "index/", names);
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public List<Template> componentTemplates() {
        return componentTemplates;
    }

    public List<Template> indexTemplates() {
        return indexTemplates;
    }

    /**
     * The field mappings to put on indices created under an older version of this index template: the
     * properties of its components in {@code composed_of} order, then its own (later ones win, as in
     * Elasticsearch's composition), without the manifest's {@code newIndicesOnly} fields.
     */
    public ObjectNode upgradeProperties(Template indexTemplate) {
        ObjectNode properties = JSON.createObjectNode();
        for (JsonNode name : indexTemplate.body().path("composed_of")) {
            componentTemplates.stream().filter(c -> c.installedName().equals(name.asText())).findFirst()
                    .ifPresent(c -> properties.setAll(propertiesOf(c)));
        }
        properties.setAll(propertiesOf(indexTemplate));
        properties.remove(newIndicesOnly);
        return properties;
    }

    /**
     * The index template's own settings (refresh intervals: dynamic, so existing indices take them on
     * upgrade); the shared component's settings (shards, analysis) are static and stay as they were.
     */
    public ObjectNode upgradeSettings(Template indexTemplate) {
        JsonNode settings = indexTemplate.body().path("template").path("settings");
        return settings.isObject() ? ((ObjectNode) settings).deepCopy() : JSON.createObjectNode();
    }

    private static ObjectNode propertiesOf(Template t) {
        JsonNode properties = t.body().path("template").path("mappings").path("properties");
        return properties.isObject() ? (ObjectNode) properties : JSON.createObjectNode();
    }

    private List<Template> load(JsonNode namesNode, String folder, IndexNames names) {
        List<Template> templates = new ArrayList<>();
        for (JsonNode resource : namesNode) {
            String resourceName = resource.asText();
            ObjectNode body = (ObjectNode) read(ROOT + folder + resourceName + ".json", names);
            body.put("version", schemaVersion);
            ObjectNode meta = body.has("_meta") ? (ObjectNode) body.get("_meta") : body.putObject("_meta");
            meta.put("schema_version", schemaVersion);
            meta.put("managed_by", "liaison-insight index-templates");
            templates.add(new Template(resourceName, names.templateName(resourceName), body));
        }
        return List.copyOf(templates);
    }

    /**
     * Elasticsearch validates a component template on its own, so one whose mapping names
     * {@code zh_smart} must define it too. The analyzers are written once, in the {@code settings}
     * component, and copied into every component that has mappings.
     */
    private static void shareAnalysisSettings(List<Template> components) {
        JsonNode analysis = components.stream().filter(t -> t.resourceName().equals(SHARED_SETTINGS)).findFirst()
                .map(t -> t.body().path("template").path("settings").path("analysis"))
                .filter(JsonNode::isObject)
                .orElseThrow(() -> new IllegalStateException("component '" + SHARED_SETTINGS + "' defines no analysis"));
        for (Template t : components) {
            ObjectNode template = (ObjectNode) t.body().path("template");
            if (template.has("mappings")) {
                ObjectNode settings = template.has("settings") ? (ObjectNode) template.get("settings")
                        : template.putObject("settings");
                settings.set("analysis", analysis.deepCopy());
            }
        }
    }

    private static JsonNode read(String path, IndexNames names) {
        try (InputStream in = TemplateResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("template resource missing from the classpath: " + path);
            }
            return JSON.readTree(names.resolve(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template resource " + path, e);
        }
    }
}
