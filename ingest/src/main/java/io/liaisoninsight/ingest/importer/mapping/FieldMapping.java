package io.liaisoninsight.ingest.importer.mapping;

import io.liaisoninsight.ingest.importer.read.ReadOptions;
import io.liaisoninsight.schema.Source;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the rows of one kind of file become records of one source: the mapping file, loaded and checked
 * by {@link MappingLoader}.
 *
 * @param source      the records' source (and so topic and contract)
 * @param id          the record id; deterministic, so re-importing the file updates instead of duplicating
 * @param columns     column → field rules
 * @param defaults    field values used where no column gives one (constants such as the channel of a
 *                    hotline file, or fallbacks such as a title built from the content)
 * @param passthrough columns named like contract fields ({@code title}, {@code complainants[0].name})
 *                    go to that field without a rule: for JSONL dumps already in the contract's shape
 * @param read        how to read the file (header row, encoding, sheet, delimiter)
 */
public record FieldMapping(String description, Source source, Template id, List<ColumnRule> columns,
                           Map<FieldPath, Template> defaults, boolean passthrough, ReadOptions read) {

    public FieldMapping {
        columns = List.copyOf(columns);
        defaults = new LinkedHashMap<>(defaults);
    }

    /** Columns the file must have: those of non-optional rules and those the templates read. */
    public Set<String> requiredColumns() {
        Set<String> required = new LinkedHashSet<>(id.columns());
        columns.stream().filter(r -> !r.optional()).forEach(r -> required.add(r.column()));
        defaults.values().forEach(t -> required.addAll(t.columns()));
        return required;
    }

    public Set<String> mappedColumns() {
        Set<String> mapped = new LinkedHashSet<>(id.columns());
        columns.forEach(r -> mapped.add(r.column()));
        defaults.values().forEach(t -> mapped.addAll(t.columns()));
        return mapped;
    }
}
