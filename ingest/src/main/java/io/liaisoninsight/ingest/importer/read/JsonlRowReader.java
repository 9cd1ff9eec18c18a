package io.liaisoninsight.ingest.importer.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per line (UTF-8, as JSON requires). Nested values are flattened into the same
 * column names the mapping uses for contract fields ({@code complainants[0].name}, {@code reach.views}),
 * so a dump that already has the contract's shape imports with {@code "passthrough": true}. A line
 * that is not a JSON object becomes a rejected row, not the end of the import.
 * <p>
 * Keys starting with {@code #} are not columns. {@code #row} gives the row number: the importer's
 * rejected-rows file keeps each row's original number there, so a fixed file re-imports with the same
 * row-numbered ids.
 */
public final class JsonlRowReader implements RowReader {

    static final String ROW_KEY = "#row";

    private final ObjectMapper json;

    public JsonlRowReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void read(Path file, RowSink sink) throws UnreadableFileException {
        TextEncoding utf8 = new TextEncoding(StandardCharsets.UTF_8, 0, "JSON");
        int number = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), utf8.strictDecoder()), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (!sink.row(row(number, line))) {
                    return;
                }
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("第 " + (number + 1) + " 行不是 UTF-8 编码 (JSONL must be UTF-8)", e);
        } catch (IOException e) {
            throw new UnreadableFileException("无法读取文件 (cannot read file): " + file + ": " + e.getMessage(), e);
        }
    }

    private SourceRow row(int number, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return SourceRow.unreadable(number, line, "不是合法的 JSON (invalid JSON): " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return SourceRow.unreadable(number, line, "应为 JSON 对象 (expected a JSON object)");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().startsWith("#")) {
                flatten(field.getKey(), field.getValue(), values);
            }
        }
        JsonNode original = node.get(ROW_KEY);
        int rowNumber = original != null && original.canConvertToInt() && original.asInt() > 0 ? original.asInt() : number;
        return SourceRow.of(rowNumber, values);
    }

    private static void flatten(String path, JsonNode value, Map<String, String> into) {
        if (value.isObject()) {
            value.fields().forEachRemaining(f -> flatten(path + "." + f.getKey(), f.getValue(), into));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                flatten(path + "[" + i + "]", value.get(i), into);
            }
        } else if (!value.isNull()) {
            String text = value.asText().strip();
            if (!text.isEmpty()) {
                into.put(path, text);
            }
        }
    }
}
