package io.liaisoninsight.ui.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.TemplateResources;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@link Fields.Audit} name the audit log writes is in the strict audit mapping (else every write fails). */
class AuditFieldsContractTest {

    @Test
    void everyAuditFieldIsMapped() throws IllegalAccessException {
        JsonNode mapping = new TemplateResources(IndexNames.defaults()).indexTemplates().stream()
                .filter(t -> t.resourceName().equals("audit")).findFirst().orElseThrow()
                .body().path("template").path("mappings");
        assertThat(mapping.path("dynamic").asText()).isEqualTo("strict");
        for (Field field : Fields.Audit.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            String[] path = ((String) field.get(null)).split("\\.");
            JsonNode node = mapping.path("properties").path(path[0]);
            if (path.length == 2) {
                node = node.path("fields").path(path[1]);
            }
            assertThat(node.isMissingNode()).as(String.join(".", path)).isFalse();
        }
    }
}
