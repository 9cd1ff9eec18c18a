package io.liaisoninsight.ingest.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.ContractViolation;
import io.liaisoninsight.schema.RecordContract;
import io.liaisoninsight.schema.Source;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a record against its versioned contract ({@link RecordContract}, the JSON Schemas in index-templates),
 * naming every offending field and the problem in Chinese.
 */
public final class RecordValidator {

    private final Map<Source, RecordContract> contracts = new EnumMap<>(Source.class);

    public RecordValidator() {
        for (Source source : Source.values()) {
            contracts.put(source, RecordContract.of(source));
        }
    }

    public List<Violation> validate(Source source, JsonNode record) {
        return contracts.get(source).check(record).stream()
                .map(v -> new Violation(v.field(), v.problem()))
                .toList();
    }
}
