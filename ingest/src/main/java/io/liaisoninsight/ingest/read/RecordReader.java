package io.liaisoninsight.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.ingest.normalise.RecordNormaliser;
import io.liaisoninsight.ingest.validate.RecordValidator;
import io.liaisoninsight.ingest.validate.Violation;
import io.liaisoninsight.schema.Source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first stage for every Kafka record: bytes → JSON → contract check → normalised record.
 * Anything wrong is reported as violations (which send the record to the dead-letter topic), never
 * as an exception, so one bad record cannot stop the pipeline.
 */
public final class RecordReader {

    private final ObjectMapper json;
    private final RecordValidator validator;
    private final RecordNormaliser normaliser;
    private final int maxRecordBytes;

    public RecordReader(ObjectMapper json, RecordValidator validator, RecordNormaliser normaliser, int maxRecordBytes) {
        this.json = json;
        this.validator = validator;
        this.normaliser = normaliser;
        this.maxRecordBytes = maxRecordBytes;
    }

    public RecordReading read(Source source, byte[] value) {
        if (value == null || value.length == 0) {
            return rejected("$", "空记录 (empty message)");
        }
        if (value.length > maxRecordBytes) {
            return rejected("$", "记录过大: " + value.length + " 字节，上限 " + maxRecordBytes + " 字节");
        }
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (JsonProcessingException e) {
            return rejected("$", "不是合法的 JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return rejected("$", "无法读取记录: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            return rejected("$", "应为 JSON 对象");
        }
        List<Violation> violations = validator.validate(source, node);
        if (violations.isEmpty()) {
            return normaliser.normalise(source, node);
        }
        return RecordReading.rejected(withNormalisationProblems(source, node, violations));
    }

    /**
     * The contract's violations and, for the fields it did not name, what normalisation finds (a wrong check
     * digit, an unreadable date): a sender fixing a rejected record learns every problem at once.
     */
    private List<Violation> withNormalisationProblems(Source source, JsonNode node, List<Violation> violations) {
        RecordReading normalised;
        try {
            normalised = normaliser.normalise(source, node);
        } catch (RuntimeException e) {
            // The record is refused either way; an odd shape must not fail the batch.
            return violations;
        }
        Set<String> named = violations.stream().map(Violation::field).collect(Collectors.toSet());
        List<Violation> all = new ArrayList<>(violations);
        normalised.violations().stream().filter(v -> !named.contains(v.field())).forEach(all::add);
        return List.copyOf(all);
    }

    private static RecordReading rejected(String field, String problem) {
        return RecordReading.rejected(List.of(new Violation(field, problem)));
    }
}
