package io.liaisoninsight.ingest.importer.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.ingest.importer.read.SourceRow;
import io.liaisoninsight.ingest.normalise.Normalised;
import io.liaisoninsight.ingest.normalise.Timestamps;
import io.liaisoninsight.ingest.validate.Violation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns one row into a contract record as the mapping says: column rules first (in mapping order; when
 * two columns fill the same field the first non-empty one wins, so a second column can serve as a
 * fallback), then passthrough columns, then defaults for fields still empty, then {@code updatedAt}.
 * <p>
 * {@code updatedAt} orders updates of one record: ingest keeps the newest. A column mapped to it (the
 * source system's last-change time) makes re-importing an unchanged file a no-op and never lets an
 * older export overwrite a newer one. Without such a column every row gets the import time: simple, and
 * a re-import always wins — including over newer data from another feed, so import the latest export.
 * <p>
 * Times are written as ISO-8601 with the zone's offset when ingest's own parser ({@link Timestamps})
 * reads them: exports write dates as 2026/3/3 or 2026年3月3日, which the contract's minimum length of
 * ten characters would refuse although ingest understands them. Text it cannot read is passed on as it
 * is, for the validator to report.
 */
public final class RowMapper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final FieldPath UPDATED_AT = FieldPath.parse("updatedAt");

    private final FieldMapping mapping;
    private final ContractFields contract;
    private final Timestamps timestamps;
    private final String importTime;
    private final Set<String> mappedColumns;
    /** Field kinds by path and passthrough fields by column, worked out once: every cell asks. */
    private final Map<FieldPath, ContractFields.Kind> kinds = new HashMap<>();
    private final Map<String, Optional<FieldPath>> passthroughFields = new HashMap<>();

    public RowMapper(FieldMapping mapping, ContractFields contract, Timestamps timestamps, OffsetDateTime importTime) {
        this.mapping = mapping;
        this.contract = contract;
        this.timestamps = timestamps;
        this.importTime = importTime.truncatedTo(ChronoUnit.SECONDS).toString();
        this.mappedColumns = mapping.mappedColumns();
    }

    public FieldMapping mapping() {
        return mapping;
    }

    /** Required columns of the mapping that the file's header lacks. */
    public List<String> missingColumns(List<String> header) {
        Set<String> present = new HashSet<>(header);
        return mapping.requiredColumns().stream().filter(c -> !present.contains(c)).toList();
    }

    /** Optional columns of the mapping that the file's header lacks. */
    public List<String> absentOptionalColumns(List<String> header) {
        Set<String> present = new HashSet<>(header);
        return mapping.columns().stream().filter(r -> r.optional() && !present.contains(r.column()))
                .map(ColumnRule::column).toList();
    }

    /** Columns of the file that no rule reads (and, with passthrough, that are no contract field). */
    public List<String> unmappedColumns(List<String> header) {
        return header.stream().filter(c -> !mappedColumns.contains(c) && passthroughField(c).isEmpty()).toList();
    }

    public MappedRow map(SourceRow row) {
        ObjectNode json = NODES.objectNode();
        json.putNull("id"); // keeps the id first in the published JSON, for people reading the topic
        List<Violation> problems = new ArrayList<>();
        for (ColumnRule rule : mapping.columns()) {
            String raw = row.value(rule.column());
            if (raw != null) {
                apply(rule, raw, json, problems);
            }
        }
        if (mapping.passthrough()) {
            row.values().forEach((column, value) -> {
                if (!mappedColumns.contains(column)) {
                    passthroughField(column).ifPresent(field -> put(json, field, value, problems));
                }
            });
        }
        mapping.defaults().forEach((field, template) -> {
            if (!has(json, field)) {
                template.render(row).ifPresent(value -> put(json, field, value, problems));
            }
        });
        if (!has(json, UPDATED_AT)) {
            json.put("updatedAt", importTime);
        }
        String id = mapping.id().render(row).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (id == null) {
            json.remove("id");
            problems.add(new Violation("id", "编号为空 (no id): 列 " + String.join("、", mapping.id().columns()) + " 没有值"));
        } else {
            json.put("id", id);
        }
        return new MappedRow(row.number(), id, json, problems);
    }

    private void apply(ColumnRule rule, String raw, ObjectNode json, List<Violation> problems) {
        List<String> values = rule.split() == null ? List.of(raw)
                : Arrays.stream(rule.split().split(raw)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = 0; i < values.size(); i++) {
            FieldPath field = rule.split() == null ? rule.field() : rule.field().at(i);
            String value = values.get(i);
            if (rule.values() != null) {
                ValueMap.Translation translation = rule.values().translate(value);
                if (!translation.known()) {
                    problems.add(new Violation(field.toString(), "列「" + rule.column() + "」的值「" + value
                            + "」没有对应的映射 (unmapped value)；映射表中有: " + choices(rule.values())));
                    continue;
                }
                value = translation.value();
                if (value == null) {
                    continue;
                }
            }
            if (rule.format() != null) {
                value = reformatTime(value, rule.format(), field, problems);
                if (value == null) {
                    continue;
                }
            }
            if (!has(json, field)) {
                put(json, field, value, problems);
            }
        }
    }

    /** The wordings a value map knows, shortened: the message is repeated for every such row. */
    private static String choices(ValueMap values) {
        List<String> keys = List.copyOf(values.keys());
        return keys.size() <= 8 ? String.join("、", keys) : String.join("、", keys.subList(0, 8)) + "…";
    }

    /** The contract field a column of the same name goes to under passthrough. */
    private Optional<FieldPath> passthroughField(String column) {
        if (!mapping.passthrough() || "id".equals(column)) {
            return Optional.empty();
        }
        return passthroughFields.computeIfAbsent(column, c -> {
            try {
                FieldPath field = FieldPath.parse(c);
                return contract.kind(field).isPresent() ? Optional.of(field) : Optional.empty();
            } catch (IllegalArgumentException notAFieldName) {
                return Optional.empty();
            }
        });
    }

    private static String reformatTime(String value, DateTimeFormatter format, FieldPath field, List<Violation> problems) {
        try {
            return DATE_TIME.format(LocalDateTime.parse(value, format));
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value, format).toString();
            } catch (DateTimeParseException e) {
                problems.add(new Violation(field.toString(), "时间「" + value + "」不符合映射中的格式 (does not match format)"));
                return null;
            }
        }
    }

    private void put(ObjectNode json, FieldPath field, String value, List<Violation> problems) {
        JsonNode typed;
        ContractFields.Kind kind = kinds.computeIfAbsent(field, f -> contract.kind(f).orElse(ContractFields.Kind.TEXT));
        if (kind == ContractFields.Kind.INTEGER) {
            OptionalLong number = Counts.parse(value);
            if (number.isEmpty()) {
                problems.add(new Violation(field.toString(), "「" + value + "」不是整数 (not a whole number)"));
                return;
            }
            typed = NODES.numberNode(number.getAsLong());
        } else if (kind == ContractFields.Kind.TIME) {
            Normalised<OffsetDateTime> time = timestamps.parse(value);
            typed = NODES.textNode(time.valid() ? time.value().toString() : value);
        } else {
            typed = NODES.textNode(value);
        }
        ObjectNode parent = json;
        List<FieldPath.Segment> segments = field.segments();
        for (int i = 0; i < segments.size() - 1; i++) {
            parent = child(parent, segments.get(i));
        }
        FieldPath.Segment last = segments.get(segments.size() - 1);
        if (last.index() >= 0) {
            ArrayNode array = array(parent, last.name());
            while (array.size() <= last.index()) {
                array.addNull();
            }
            array.set(last.index(), typed);
        } else {
            parent.set(last.name(), typed);
        }
    }

    /** The object at one step of a path, created when missing; array positions before it are filled with {}. */
    private static ObjectNode child(ObjectNode parent, FieldPath.Segment segment) {
        if (segment.index() < 0) {
            JsonNode existing = parent.get(segment.name());
            return existing instanceof ObjectNode object ? object : parent.putObject(segment.name());
        }
        ArrayNode array = array(parent, segment.name());
        while (array.size() <= segment.index()) {
            array.addObject();
        }
        return (ObjectNode) array.get(segment.index());
    }

    private static ArrayNode array(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        return existing instanceof ArrayNode array ? array : parent.putArray(name);
    }

    private static boolean has(ObjectNode json, FieldPath field) {
        JsonNode node = json;
        for (FieldPath.Segment segment : field.segments()) {
            node = node.path(segment.name());
            if (segment.index() >= 0) {
                node = node.path(segment.index());
            }
        }
        return !node.isMissingNode() && !node.isNull();
    }
}
