package io.liaisoninsight.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the schema idempotently at start-up: component templates, then index templates, each
 * stamped with the schema version; then makes sure the aliases resolve (current month's record
 * indices and the system indices exist). A template whose installed version equals ours is left
 * alone; a newer installed version is never downgraded. When a record template moves to a newer
 * version, its mapping is also applied to the existing monthly indices (additive changes only:
 * Elasticsearch rejects incompatible ones, and then a reindex is needed — see README).
 */
public final class TemplateInstaller {

    private static final Logger log = LoggerFactory.getLogger(TemplateInstaller.class);

    /** What the installer did with one template or index. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, NEWER_INSTALLED }

    public record Step(String name, Outcome outcome, Long installedVersion) {
    }

    public record Report(int schemaVersion, List<Step> steps) {
        public boolean changedAnything() {
            return steps.stream().anyMatch(s -> s.outcome() == Outcome.CREATED || s.outcome() == Outcome.UPDATED);
        }
    }

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final TemplateResources resources;
    private final Clock clock;

    public TemplateInstaller(ElasticsearchClient client, IndexNames names, Clock clock) {
        this.client = client;
        this.names = names;
        this.resources = new TemplateResources(names);
        this.clock = clock;
    }

    public Report install() {
        try {
            List<Step> steps = new ArrayList<>();
            for (TemplateResources.Template t : resources.componentTemplates()) {
                steps.add(installComponentTemplate(t));
            }
            for (TemplateResources.Template t : resources.indexTemplates()) {
                steps.add(installIndexTemplate(t));
            }
            for (Source source : Source.values()) {
                steps.add(ensureIndex(names.monthlyIndex(source, clock.instant())));
            }
            for (SystemIndex index : SystemIndex.values()) {
                steps.add(ensureSystemIndex(index));
            }
            Report report = new Report(resources.schemaVersion(), List.copyOf(steps));
            log.info("schema v{} under prefix '{}': {}", report.schemaVersion(), names.prefix(),
                    report.changedAnything() ? report.steps() : "already installed");
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install index templates", e);
        }
    }

    private Step installComponentTemplate(TemplateResources.Template t) throws IOException {
        Long installed = installedComponentVersion(t.installedName());
        Outcome outcome = decide(installed);
        if (outcome == Outcome.CREATED || outcome == Outcome.UPDATED) {
            client.cluster().putComponentTemplate(r -> r.name(t.installedName()).withJson(json(t)));
        }
        return new Step(t.installedName(), outcome, installed);
    }

    private Step installIndexTemplate(TemplateResources.Template t) throws IOException {
        Long installed = installedIndexTemplateVersion(t.installedName());
        Outcome outcome = decide(installed);
        if (outcome == Outcome.CREATED || outcome == Outcome.UPDATED) {
            client.indices().putIndexTemplate(r -> r.name(t.installedName()).withJson(json(t)));
        }
        // Not only on UPDATED: indices can outlive their template (deleted by hand or by a clean-up tool) and
        // keep an old mapping under a template installed afresh, which refuses every write of a newer field.
        // Putting an unchanged mapping again changes nothing. A newer installed version is left to its owner.
        if (outcome != Outcome.NEWER_INSTALLED) {
            upgradeExistingIndices(t);
        }
        return new Step(t.installedName(), outcome, installed);
    }

    /**
     * Brings existing indices up to the template (created under an older version, or while it was missing): pushes the composed mapping
     * (additive changes only; the manifest's {@code newIndicesOnly} fields are left as they are there)
     * and the index template's own dynamic settings, e.g. a new refresh interval.
     */
    private void upgradeExistingIndices(TemplateResources.Template t) throws IOException {
        String pattern = t.body().path("index_patterns").path(0).asText();
        if (!client.indices().exists(r -> r.index(pattern).allowNoIndices(false)).value()) {
            return;
        }
        String properties = "{\"properties\":" + resources.upgradeProperties(t) + "}";
        try {
            client.indices().putMapping(r -> r.index(pattern).withJson(new StringReader(properties)));
        } catch (ElasticsearchException e) {
            throw new IllegalStateException("template " + t.installedName() + " changed incompatibly for the existing"
                    + " indices " + pattern + "; reindex them as the README describes: " + e.getMessage(), e);
        }
        String settings = resources.upgradeSettings(t).toString();
        if (!settings.equals("{}")) {
            client.indices().putSettings(r -> r.index(pattern).withJson(new StringReader(settings)));
        }
    }

    private Step ensureSystemIndex(SystemIndex index) throws IOException {
        String alias = names.alias(index);
        if (client.indices().exists(r -> r.index(alias)).value()) {
            return new Step(alias, Outcome.UNCHANGED, null);
        }
        return ensureIndex(names.initialIndex(index));
    }

    private Step ensureIndex(String index) throws IOException {
        if (client.indices().exists(r -> r.index(index)).value()) {
            return new Step(index, Outcome.UNCHANGED, null);
        }
        try {
            client.indices().create(r -> r.index(index));
            return new Step(index, Outcome.CREATED, null);
        } catch (ElasticsearchException e) {
            // Another instance created it between our check and our create: that is the state we want.
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return new Step(index, Outcome.UNCHANGED, null);
            }
            throw e;
        }
    }

    private Outcome decide(Long installed) {
        int ours = resources.schemaVersion();
        if (installed == null) {
            return Outcome.CREATED;
        }
        if (installed == ours) {
            return Outcome.UNCHANGED;
        }
        return installed < ours ? Outcome.UPDATED : Outcome.NEWER_INSTALLED;
    }

    private Long installedComponentVersion(String name) throws IOException {
        try {
            return client.cluster().getComponentTemplate(r -> r.name(name)).componentTemplates().stream()
                    .findFirst().map(c -> c.componentTemplate().version()).orElse(null);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private Long installedIndexTemplateVersion(String name) throws IOException {
        try {
            return client.indices().getIndexTemplate(r -> r.name(name)).indexTemplates().stream()
                    .findFirst().map(t -> t.indexTemplate().version()).orElse(null);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static StringReader json(TemplateResources.Template t) {
        return new StringReader(t.body().toString());
    }
}
