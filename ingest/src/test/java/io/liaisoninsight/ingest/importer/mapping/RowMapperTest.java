package io.liaisoninsight.ingest.importer.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.ingest.importer.read.SourceRow;
import io.liaisoninsight.ingest.normalise.Timestamps;
import io.liaisoninsight.ingest.validate.Violation;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RowMapperTest {

    private static final OffsetDateTime IMPORT_TIME = OffsetDateTime.parse("2026-11-20T10:00:00.123+08:00");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PETITIONS = """
            {
              "source": "petition",
              "id": "XF-{信访编号}",
              "columns": {
                "信访方式": { "field": "channel", "values": { "来信": "LETTER", "１２３０９": "PHONE_12309", "代表转办": "DEPUTY_REFERRAL" } },
                "登记时间": { "field": "receivedAt", "format": "yyyy.M.d" },
                "信访人": { "field": "complainants[].name", "split": true },
                "身份证号": { "field": "complainants[].idNumber", "split": true },
                "联系电话": "complainants[0].phone",
                "备用电话": "complainants[0].phone",
                "人数": "headcount",
                "越级情况": { "field": "escalationLevel", "values": { "无": null, "进京": "NATIONAL" } },
                "主要内容": "content"
              },
              "defaults": { "status": "RECEIVED", "title": "{主要内容:6}", "district": "城关区" }
            }""";

    private final RowMapper petitions = mapper(PETITIONS);

    @Test
    void valueMapsTranslateTheSourceWordingAndPassContractValues() {
        assertThat(map(petitions, "信访方式", "来信").json().get("channel").asText()).isEqualTo("LETTER");
        assertThat(map(petitions, "信访方式", "12309").json().get("channel").asText()).isEqualTo("PHONE_12309");
        assertThat(map(petitions, "信访方式", "DEPUTY_REFERRAL").json().get("channel").asText())
                .isEqualTo("DEPUTY_REFERRAL");
        assertThat(map(petitions, "越级情况", "无").json().has("escalationLevel")).isFalse();
        assertThat(map(petitions, "越级情况", "进京").json().get("escalationLevel").asText()).isEqualTo("NATIONAL");
    }

    @Test
    void aWordingWithoutTranslationIsAProblemNamingColumnValueAndChoices() {
        MappedRow row = map(petitions, "信访方式", "传真");

        assertThat(row.json().has("channel")).isFalse();
        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("channel");
            assertThat(p.problem()).contains("信访方式", "传真", "来信");
        });
    }

    @Test
    void severalPeopleInOneCellBecomeSeveralComplainants() {
        MappedRow row = map(petitions, "信访人", "张三、李四，王五", "身份证号", "620102198001011234, 620102198001015678",
                "联系电话", "13800000000", "备用电话", "13900000000");

        assertThat(row.json().get("complainants").toString()).isEqualTo("""
                [{"name":"张三","idNumber":"620102198001011234","phone":"13800000000"},\
                {"name":"李四","idNumber":"620102198001015678"},{"name":"王五"}]""");
    }

    @Test
    void theIdComesFromItsTemplateAndAnEmptyIdColumnIsAProblem() {
        assertThat(map(petitions, "信访编号", "2026-001").id()).isEqualTo("XF-2026-001");

        MappedRow noId = mapper(PETITIONS).map(SourceRow.of(9, Map.of("主要内容", "x")));
        assertThat(noId.id()).isNull();
        assertThat(noId.problems()).extracting(Violation::field).containsExactly("id");

        RowMapper byRow = mapper(PETITIONS.replace("\"XF-{信访编号}\"", "\"RX-202603-{row}\""));
        assertThat(byRow.map(SourceRow.of(42, Map.of("主要内容", "x"))).id()).isEqualTo("RX-202603-42");
    }

    @Test
    void defaultsFillOnlyEmptyFieldsAndTemplatesCanShortenText() {
        ObjectNode json = map(petitions, "主要内容", "群众反映拆迁补偿款未到位").json();

        assertThat(json.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(json.get("title").asText()).isEqualTo("群众反映拆迁…");
        assertThat(json.get("content").asText()).isEqualTo("群众反映拆迁补偿款未到位");
        assertThat(map(petitions, "主要内容", "短").json().get("title").asText()).isEqualTo("短");
    }

    @Test
    void wholeNumbersAreReadAsPeopleWriteThemAndOtherTextIsAProblem() {
        assertThat(map(petitions, "人数", "5人").json().get("headcount").asInt()).isEqualTo(5);
        assertThat(map(petitions, "人数", "3.0").json().get("headcount").asInt()).isEqualTo(3);
        assertThat(map(petitions, "人数", "２０余人").json().get("headcount").asInt()).isEqualTo(20);

        MappedRow bad = map(petitions, "人数", "三人");
        assertThat(bad.problems()).extracting(Violation::field).containsExactly("headcount");
    }

    @Test
    void timesIngestReadsAreWrittenAsIsoAndAMappingFormatAddsOthers() {
        RowMapper plain = mapper(PETITIONS.replace(", \"format\": \"yyyy.M.d\"", ""));
        assertThat(map(plain, "登记时间", "2026/3/3").json().get("receivedAt").asText()).isEqualTo("2026-03-03T00:00+08:00");
        assertThat(map(plain, "登记时间", "2026年3月3日 9:05").json().get("receivedAt").asText())
                .isEqualTo("2026-03-03T09:05+08:00");
        assertThat(map(plain, "登记时间", "上周三").json().get("receivedAt").asText()).isEqualTo("上周三"); // for the validator

        assertThat(map(petitions, "登记时间", "2026.3.1").json().get("receivedAt").asText()).isEqualTo("2026-03-01T00:00+08:00");
        assertThat(map(petitions, "登记时间", "2026-03-01").problems()).extracting(Violation::field)
                .containsExactly("receivedAt");
    }

    @Test
    void updatedAtIsTheImportTimeUnlessAColumnGivesIt() {
        assertThat(map(petitions, "主要内容", "x").json().get("updatedAt").asText()).isEqualTo("2026-11-20T10:00+08:00");

        RowMapper withColumn = mapper(PETITIONS.replace("\"主要内容\": \"content\"",
                "\"主要内容\": \"content\", \"更新时间\": \"updatedAt\""));
        assertThat(map(withColumn, "更新时间", "2026-03-02 08:00").json().get("updatedAt").asText())
                .isEqualTo("2026-03-02T08:00+08:00");
    }

    @Test
    void passthroughTakesColumnsNamedLikeContractFields() {
        RowMapper media = mapper("""
                {"source": "media-report", "id": "{id}", "passthrough": true,
                 "columns": {"来源": "outlet"}}""");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", "M-1");
        values.put("来源", "兰州晚报");
        values.put("reach.views", "1.2万");
        values.put("title", "标题");
        values.put("extra", "不是合同字段");

        MappedRow row = media.map(SourceRow.of(1, values));

        assertThat(row.json().toString()).isEqualTo(
                "{\"id\":\"M-1\",\"outlet\":\"兰州晚报\",\"reach\":{\"views\":12000},\"title\":\"标题\",\"updatedAt\":\"2026-11-20T10:00+08:00\"}");
        assertThat(media.unmappedColumns(List.of("id", "来源", "title", "extra"))).containsExactly("extra");
    }

    private static MappedRow map(RowMapper mapper, String... columnsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("信访编号", "1");
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return mapper.map(SourceRow.of(2, values));
    }

    static RowMapper mapper(String mapping) {
        try {
            FieldMapping loaded = new MappingLoader(JSON).read(JSON.readTree(mapping));
            return new RowMapper(loaded, ContractFields.of(loaded.source()),
                    new Timestamps(ZoneId.of("Asia/Shanghai"), Clock.fixed(IMPORT_TIME.toInstant(), ZoneOffset.UTC)), IMPORT_TIME);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
