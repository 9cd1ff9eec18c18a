package io.liaisoninsight.ingest.importer.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.liaisoninsight.ingest.importer.read.HeaderNames;
import io.liaisoninsight.ingest.importer.read.ReadOptions;
import io.liaisoninsight.schema.Source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a mapping file (JSON, comments allowed, or YAML) and checks it against the source's contract,
 * so a mistake (a misspelt field, a bad template) is reported once, before any row is read, in words
 * that say what to change. The format is described in {@code importer/README.md} in the ingest resources.
 */
public final class MappingLoader {

    private static final String CLASSPATH = "classpath:";
    private static final Set<String> KEYS = Set.of("description", "source", "id", "columns", "defaults",
            "passthrough", "headerRow", "sheet", "encoding", "delimiter");
    private static final Set<String> RULE_KEYS = Set.of("field", "split", "values", "format", "optional");
    private static final Map<String, Source> SOURCE_NAMES = sourceNames();

    private final ObjectMapper json;
    private final ObjectMapper jsonWithComments;
    private final ObjectMapper yaml;

    public MappingLoader(ObjectMapper json) {
        this.json = json;
        this.jsonWithComments = json.copy().enable(JsonParser.Feature.ALLOW_COMMENTS);
        this.yaml = new ObjectMapper(new YAMLFactory());
    }

    /** A mapping from a file, or from the classpath for a location {@code classpath:importer/…}. */
    public FieldMapping load(String location) throws MappingException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            URL url = MappingLoader.class.getClassLoader().getResource(resource);
            if (url == null) {
                throw new MappingException("找不到映射文件 (mapping not found): " + location);
            }
            return load(location, url::openStream);
        }
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            throw new MappingException("找不到映射文件 (mapping file not found): " + file.toAbsolutePath());
        }
        return load(location, () -> Files.newInputStream(file));
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private FieldMapping load(String location, Opener opener) throws MappingException {
        String name = location.toLowerCase(Locale.ROOT);
        ObjectMapper parser = name.endsWith(".yaml") || name.endsWith(".yml") ? yaml : jsonWithComments;
        JsonNode root;
        try (InputStream in = opener.open()) {
            root = parser.readTree(in);
        } catch (JsonProcessingException e) {
            throw new MappingException("映射文件格式错误 (invalid mapping file) " + location + ", 第 "
                    + e.getLocation().getLineNr() + " 行: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MappingException("无法读取映射文件 (cannot read mapping file) " + location + ": " + e.getMessage(), e);
        }
        try {
            return read(root);
        } catch (MappingException e) {
            throw new MappingException("映射文件 (mapping file) " + location + ": " + e.getMessage(), e);
        }
    }

    public FieldMapping read(JsonNode root) throws MappingException {
        if (root == null || !root.isObject()) {
            throw new MappingException("应为一个对象 (expected an object with source, id, columns …)");
        }
        unknownKeys(root, KEYS, "");
        Source source = source(text(root, "source"));
        ContractFields contract = ContractFields.of(source);
        Template id = idTemplate(text(root, "id"));
        List<ColumnRule> columns = columns(root.path("columns"), contract);
        Map<FieldPath, Template> defaults = defaults(root.path("defaults"), contract);
        boolean passthrough = root.path("passthrough").asBoolean(false);
        if (columns.isEmpty() && !passthrough) {
            throw new MappingException("没有列映射 (no columns): 在 \"columns\" 中写出 列名 → 字段，或设 \"passthrough\": true");
        }
        return new FieldMapping(root.path("description").asText(""), source, id, columns, defaults, passthrough,
                readOptions(root));
    }

    private static Source source(String name) throws MappingException {
        Source source = SOURCE_NAMES.get(name.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (source == null) {
            throw new MappingException("不认识的 source \"" + name + "\"，应为 petition (信访)、visit-note (走访记录) 或 media-report (舆情)");
        }
        return source;
    }

    private static Template idTemplate(String text) throws MappingException {
        Template id = template(text, "id");
        if (id.columns().isEmpty() && !id.usesRowNumber()) {
            throw new MappingException("id 模板 \"" + text + "\" 不含列或 {row}，每行会得到同一个编号；"
                    + "用编号列如 \"XF-{信访编号}\"，或行号如 \"RX-202603-{row}\"");
        }
        return id;
    }

    private static List<ColumnRule> columns(JsonNode node, ContractFields contract) throws MappingException {
        List<ColumnRule> rules = new ArrayList<>();
        if (node.isMissingNode()) {
            return rules;
        }
        if (!node.isObject()) {
            throw new MappingException("\"columns\" 应为对象：列名 → 字段 (columns: an object of column → field)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            rules.add(rule(HeaderNames.clean(entry.getKey()), entry.getValue(), contract));
        }
        return rules;
    }

    private static ColumnRule rule(String column, JsonNode spec, ContractFields contract) throws MappingException {
        String where = "列「" + column + "」: ";
        if (spec.isTextual()) {
            return new ColumnRule(column, singleField(where, spec.asText(), contract), null, null, null, false);
        }
        if (!spec.isObject()) {
            throw new MappingException(where + "应为字段名或 {\"field\": …} (expected a field name or an object)");
        }
        unknownKeys(spec, RULE_KEYS, where);
        if (!spec.path("field").isTextual()) {
            throw new MappingException(where + "缺少 \"field\" (missing field)");
        }
        FieldPath field = field(where, spec.get("field").asText(), contract);
        Pattern split = split(spec.path("split"));
        if (field.repeated() && split == null) {
            throw new MappingException(where + "字段 " + field + " 带 []，需要 \"split\": true（一格多人，如 张三、李四）");
        }
        if (!field.repeated() && split != null) {
            throw new MappingException(where + "\"split\" 需要带 [] 的字段，如 complainants[].name");
        }
        return new ColumnRule(column, field, split, values(where, spec.path("values")), format(where, spec.path("format")),
                spec.path("optional").asBoolean(false));
    }

    private static FieldPath singleField(String where, String name, ContractFields contract) throws MappingException {
        FieldPath field = field(where, name, contract);
        if (field.repeated()) {
            throw new MappingException(where + "字段 " + field + " 带 []，需要写成 {\"field\": \"" + field + "\", \"split\": true}");
        }
        return field;
    }

    private static FieldPath field(String where, String name, ContractFields contract) throws MappingException {
        FieldPath field;
        try {
            field = FieldPath.parse(name);
        } catch (IllegalArgumentException e) {
            throw new MappingException(where + e.getMessage());
        }
        if ("id".equals(field.toString())) {
            throw new MappingException(where + "编号由顶层 \"id\" 模板给出，如 \"id\": \"XF-{信访编号}\"");
        }
        if (contract.kind(field).isEmpty()) {
            String all = contract.names().stream().filter(n -> !"id".equals(n)).collect(Collectors.joining("、"));
            throw new MappingException(where + "\"" + name + "\" 不是 " + contract.source().topic()
                    + " 的字段 (unknown field)；可用字段: " + all);
        }
        return field;
    }

    private static Pattern split(JsonNode node) throws MappingException {
        if (node.isMissingNode() || node.isNull() || (node.isBoolean() && !node.asBoolean())) {
            return null;
        }
        if (node.isBoolean()) {
            return ColumnRule.DEFAULT_SPLIT;
        }
        if (node.isTextual() && !node.asText().isEmpty()) {
            String separators = node.asText().replace("\\n", "\n").codePoints()
                    .mapToObj(c -> "\\x{" + Integer.toHexString(c) + "}").collect(Collectors.joining());
            return Pattern.compile("[" + separators + "]+");
        }
        throw new MappingException("\"split\" 应为 true 或分隔符，如 \"、，\" (split: true or separator characters)");
    }

    private static ValueMap values(String where, JsonNode node) throws MappingException {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new MappingException(where + "\"values\" 应为对象：原值 → 合同值 (e.g. {\"来信\": \"LETTER\"})");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (!value.isNull() && !value.isValueNode()) {
                throw new MappingException(where + "\"values\" 中 \"" + entry.getKey() + "\" 应映射为文本或 null");
            }
            entries.put(entry.getKey(), value.isNull() ? null : value.asText());
        }
        return new ValueMap(entries);
    }

    private static DateTimeFormatter format(String where, JsonNode node) throws MappingException {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return DateTimeFormatter.ofPattern(node.asText());
        } catch (IllegalArgumentException e) {
            throw new MappingException(where + "日期格式 \"" + node.asText() + "\" 无效: " + e.getMessage());
        }
    }

    private static Map<FieldPath, Template> defaults(JsonNode node, ContractFields contract) throws MappingException {
        Map<FieldPath, Template> defaults = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return defaults;
        }
        if (!node.isObject()) {
            throw new MappingException("\"defaults\" 应为对象：字段 → 值 (defaults: an object of field → value)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String where = "defaults 的「" + entry.getKey() + "」: ";
            FieldPath field = singleField(where, entry.getKey(), contract);
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                throw new MappingException(where + "应为文本或数字");
            }
            defaults.put(field, template(entry.getValue().asText(), where));
        }
        return defaults;
    }

    private static ReadOptions readOptions(JsonNode root) throws MappingException {
        int headerRow = root.path("headerRow").asInt(1);
        if (headerRow < 1) {
            throw new MappingException("\"headerRow\" 应为 1 或更大 (1-based row of the column names)");
        }
        Charset encoding = null;
        if (root.hasNonNull("encoding")) {
            encoding = charset(root.get("encoding").asText());
        }
        String sheet = root.hasNonNull("sheet") ? root.get("sheet").asText() : null;
        Character delimiter = null;
        if (root.hasNonNull("delimiter")) {
            String d = root.get("delimiter").asText();
            d = "tab".equalsIgnoreCase(d) || "\\t".equals(d) ? "\t" : d;
            if (d.length() != 1) {
                throw new MappingException("\"delimiter\" 应为一个字符，如 \",\" 或 \"tab\"");
            }
            delimiter = d.charAt(0);
        }
        return new ReadOptions(headerRow, encoding, sheet, delimiter);
    }

    /** An encoding by name; GBK files are read as GB18030, which holds all of GBK and more. */
    public static Charset charset(String name) throws MappingException {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new MappingException("不认识的编码 (unknown encoding) \"" + name + "\"，如 UTF-8、GBK、GB18030");
        }
    }

    private static Template template(String text, String where) throws MappingException {
        try {
            return Template.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MappingException(where + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String key) throws MappingException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new MappingException("缺少 \"" + key + "\" (missing " + key + ")");
        }
        if (!value.isValueNode()) {
            throw new MappingException("\"" + key + "\" 应为文本");
        }
        return value.asText();
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String where) throws MappingException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new MappingException(where + "未知的设置 (unknown key) \"" + name + "\"；可用: "
                        + known.stream().sorted().collect(Collectors.joining("、")));
            }
        }
    }

    private static Map<String, Source> sourceNames() {
        Map<String, Source> names = new LinkedHashMap<>();
        for (Source source : Source.values()) {
            names.put(source.name().toLowerCase(Locale.ROOT).replace('_', '-'), source);
            names.put(source.slug(), source);
            names.put(source.topic(), source);
        }
        names.put("信访", Source.PETITION);
        names.put("走访记录", Source.VISIT_NOTE);
        names.put("舆情", Source.MEDIA_REPORT);
        return names;
    }
}
