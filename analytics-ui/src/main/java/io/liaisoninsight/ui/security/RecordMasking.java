package io.liaisoninsight.ui.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.liaisoninsight.schema.Fields;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies {@link Masking} to a record's JSON ({@code _source}) in place: the structured personal
 * numbers by their own rule, free-text fields by pattern. New free-text fields that may hold numbers
 * belong in {@link #FIELDS}.
 */
public final class RecordMasking {

    /** Dotted field path → how it is masked. Paths run through objects and arrays of objects. */
    static final Map<String, UnaryOperator<String>> FIELDS = Map.of(
            Fields.Petition.COMPLAINANT_ID_NUMBER, Masking::idNumber,
            Fields.Petition.COMPLAINANT_PHONE, Masking::phone,
            Fields.Petition.COMPLAINANT_ADDRESS, Masking::text,
            Fields.TITLE, Masking::text,
            Fields.CONTENT, Masking::text,
            Fields.Petition.REPLY_TEXT, Masking::text,
            Fields.RISK_SIGNALS_EVIDENCE, Masking::text);

    /** Internal fields no user needs and that are derived from personal data: left out of every copy shown. */
    public static final List<String> INTERNAL_FIELDS = List.of(Fields.IDENTITY_KEYS, Fields.DUPLICATE_SIGNATURE,
            Fields.DUPLICATE_BANDS);

    private RecordMasking() {
    }

    /** Masks the record in place and returns it. */
    public static ObjectNode mask(ObjectNode record) {
        FIELDS.forEach((path, mask) -> apply(record, path.split("\\."), 0, mask));
        return record;
    }

    /** Masks highlight fragments of any field. */
    public static List<String> maskFragments(List<String> fragments) {
        return fragments.stream().map(Masking::text).toList();
    }

    private static void apply(JsonNode node, String[] path, int step, UnaryOperator<String> mask) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (step == path.length && element.isTextual()) {
                    array.set(i, TextNode.valueOf(mask.apply(element.asText())));
                } else {
                    apply(element, path, step, mask);
                }
            }
            return;
        }
        if (!(node instanceof ObjectNode object) || step >= path.length) {
            return;
        }
        JsonNode child = object.get(path[step]);
        if (child == null) {
            return;
        }
        if (step == path.length - 1 && child.isTextual()) {
            object.put(path[step], mask.apply(child.asText()));
        } else {
            apply(child, path, step + 1, mask);
        }
    }
}
