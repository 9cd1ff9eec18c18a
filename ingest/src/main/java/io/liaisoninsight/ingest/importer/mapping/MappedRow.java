package io.liaisoninsight.ingest.importer.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.ingest.validate.Violation;

import java.util.List;

/**
 * A row as a contract record, before validation, with what the mapping itself found wrong
 * (a wording without translation, text where a number belongs, an empty id column).
 */
public record MappedRow(int row, String id, ObjectNode json, List<Violation> problems) {

    public MappedRow {
        problems = List.copyOf(problems);
    }
}
