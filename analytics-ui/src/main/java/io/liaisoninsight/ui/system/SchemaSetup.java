package io.liaisoninsight.ui.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_index_template.IndexTemplateItem;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.TemplateInstaller;
import io.liaisoninsight.schema.TemplateResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Installs the index templates at start-up so a fresh cluster gets the schema. Elasticsearch being
 * down must not stop the app (the health page has to be able to say so), so a failed install is only
 * logged and tried again by the next {@link #ensureInstalled()}, which every health check calls.
 */
@Component
public class SchemaSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SchemaSetup.class);

    /** What the cluster holds compared with what this build ships. */
    public record State(int expectedVersion, Long installedVersion, String problem) {
        public boolean current() {
            return installedVersion != null && installedVersion >= expectedVersion;
        }
    }

    private final TemplateInstaller installer;
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final int expectedVersion;
    private final Set<String> templateNames;

    SchemaSetup(TemplateInstaller installer, ElasticsearchClient client, IndexNames names) {
        this.installer = installer;
        this.client = client;
        this.names = names;
        TemplateResources resources = new TemplateResources(names);
        this.expectedVersion = resources.schemaVersion();
        this.templateNames = resources.indexTemplates().stream()
                .map(TemplateResources.Template::installedName).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void run(ApplicationArguments args) {
        State state = ensureInstalled();
        if (state.problem() != null) {
            log.warn("schema not installed at start-up, will retry at the next health check: {}", state.problem());
        }
    }

    /**
     * Reads the installed schema version and installs (idempotently) when it is missing or older, e.g.
     * after Elasticsearch was down at start-up or the cluster was replaced. Synchronized so two checks
     * do not install at the same time.
     */
    public synchronized State ensureInstalled() {
        try {
            Long installed = installedVersion();
            if (installed == null || installed < expectedVersion) {
                installer.install();
                installed = installedVersion();
            }
            return new State(expectedVersion, installed, null);
        } catch (IOException | RuntimeException e) {
            return new State(expectedVersion, null, Problems.describe(e));
        }
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    /** The lowest version among this prefix's index templates; null if any is missing. */
    private Long installedVersion() throws IOException {
        var found = client.indices().getIndexTemplate(r -> r.name(names.prefix() + "-*")).indexTemplates().stream()
                .filter(t -> templateNames.contains(t.name()))
                .toList();
        if (found.size() < templateNames.size()) {
            return null;
        }
        return found.stream().map(IndexTemplateItem::indexTemplate)
                .map(t -> t.version() == null ? 0L : t.version())
                .min(Long::compare).orElse(null);
    }
}
