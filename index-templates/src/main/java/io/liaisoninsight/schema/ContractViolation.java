package io.liaisoninsight.schema;

import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One way a record breaks its {@link RecordContract}: the field (a JSON path such as
 * {@code complainants[0].name}, {@code $} for the whole record), the kind of problem, the contract's limit
 * or allowed values where the kind has one, and the validator's own (English) text.
 */
public record ContractViolation(String field, Kind kind, String limit, String detail) {

    public enum Kind {
        REQUIRED, EMPTY, TOO_SHORT, TOO_LONG, WRONG_TYPE, NOT_ALLOWED, TOO_SMALL, TOO_LARGE, TOO_MANY, BAD_FORMAT,
        UNKNOWN_FIELD, OTHER
    }

    private static final Map<String, String> TYPE_NAMES = Map.of("string", "文本", "integer", "整数",
            "number", "数字", "boolean", "是/否（true/false）", "array", "列表", "object", "对象", "null", "空值");

    static ContractViolation of(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        String field = location.startsWith("$.") ? location.substring(2) : location;
        String type = message.getType();
        if (message.getProperty() != null && ("required".equals(type) || "additionalProperties".equals(type))) {
            field = "$".equals(field) ? message.getProperty() : field + "." + message.getProperty();
        }
        String text = message.getMessage();
        // The library prefixes the location; the field is named separately.
        String detail = text.startsWith(location + ": ") ? text.substring(location.length() + 2) : text;
        String limit = message.getSchemaNode() == null ? "" : message.getSchemaNode().asText("");
        Kind kind = switch (type) {
            case "required" -> Kind.REQUIRED;
            case "minLength" -> "1".equals(limit) ? Kind.EMPTY : Kind.TOO_SHORT;
            case "maxLength" -> Kind.TOO_LONG;
            case "type" -> Kind.WRONG_TYPE;
            case "enum" -> Kind.NOT_ALLOWED;
            case "minimum", "exclusiveMinimum" -> Kind.TOO_SMALL;
            case "maximum", "exclusiveMaximum" -> Kind.TOO_LARGE;
            case "maxItems" -> Kind.TOO_MANY;
            case "pattern", "format" -> Kind.BAD_FORMAT;
            case "additionalProperties" -> Kind.UNKNOWN_FIELD;
            default -> Kind.OTHER;
        };
        if (kind == Kind.NOT_ALLOWED) {
            List<String> allowed = new ArrayList<>();
            message.getSchemaNode().elements().forEachRemaining(v -> allowed.add(v.asText()));
            limit = String.join("、", allowed);
        } else if (kind == Kind.WRONG_TYPE) {
            limit = TYPE_NAMES.getOrDefault(limit, limit);
        }
        return new ContractViolation(field, kind, limit, detail);
    }

    /** The problem in words an operator can act on: Chinese, the validator's text after it. */
    public String problem() {
        String words = switch (kind) {
            case REQUIRED -> "缺少必填字段";
            case EMPTY -> "不能为空";
            case TOO_SHORT -> "不能少于 " + limit + " 个字符";
            case TOO_LONG -> "超过 " + limit + " 个字符";
            case WRONG_TYPE -> "类型不对，应为" + limit;
            case NOT_ALLOWED -> "取值不在约定范围内，可选：" + limit;
            case TOO_SMALL -> "不能小于 " + limit;
            case TOO_LARGE -> "不能大于 " + limit;
            case TOO_MANY -> "项数不能超过 " + limit;
            case BAD_FORMAT -> "格式不正确";
            case UNKNOWN_FIELD -> "记录约定中没有这个字段";
            case OTHER -> "不符合记录约定";
        };
        return words + " (" + detail + ")";
    }

    @Override
    public String toString() {
        return field + ": " + problem();
    }
}
