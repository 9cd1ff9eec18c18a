package io.liaisoninsight.ingest.index;

import io.liaisoninsight.ingest.system.StartupStep;
import io.liaisoninsight.schema.TemplateInstaller;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.stereotype.Component;

/**
 * Installs (or upgrades) the component and index templates and creates the current month's indices
 * and the system indices. Ingest owns this because it writes first; the installer is idempotent and
 * never downgrades, so several ingest instances (or the UI) running it is harmless.
 */
@Component
class SchemaInstallStep implements StartupStep {

    private final TemplateInstaller installer;
    private final String target;

    SchemaInstallStep(TemplateInstaller installer, ElasticsearchProperties elasticsearch) {
        this.installer = installer;
        this.target = String.join(",", elasticsearch.getUris());
    }

    @Override
    public String name() {
        return "elasticsearch-schema";
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public void run() {
        installer.install();
    }
}
