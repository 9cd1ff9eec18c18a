package io.liaisoninsight.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.ContractViolation.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RecordContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RecordContract petitions = RecordContract.of(Source.PETITION);

    @Test
    void aValidPetitionHasNoViolations() throws Exception {
        assertThat(petitions.check(petition("{}"))).isEmpty();
    }

    @Test
    void eachViolationNamesTheFieldTheKindAndTheContractsLimitInChinese() throws Exception {
        JsonNode bad = petition("""
                {"channel": "FAX", "headcount": "八", "title": "%s", "district": "", "complainants": [{"name": "张三", "age": 3}],
                 "content": null, "extra": 1}""".formatted("长".repeat(201)));
        ((ObjectNode) bad).remove("content");
        Map<String, ContractViolation> byField = petitions.check(bad).stream()
                .collect(Collectors.toMap(ContractViolation::field, Function.identity(), (a, b) -> a));

        assertThat(byField.get("content").kind()).isEqualTo(Kind.REQUIRED);
        assertThat(byField.get("content").problem()).startsWith("缺少必填字段 (");
        assertThat(byField.get("channel").kind()).isEqualTo(Kind.NOT_ALLOWED);
        assertThat(byField.get("channel").problem()).startsWith("取值不在约定范围内，可选：LETTER、VISIT、ONLINE、PHONE_12309、DEPUTY_REFERRAL");
        assertThat(byField.get("headcount").problem()).startsWith("类型不对，应为整数 (");
        assertThat(byField.get("title").problem()).startsWith("超过 200 个字符 (");
        assertThat(byField.get("district").problem()).startsWith("不能为空 (");
        assertThat(byField.get("extra").kind()).isEqualTo(Kind.UNKNOWN_FIELD);
        assertThat(byField.get("complainants[0].age").problem()).startsWith("记录约定中没有这个字段");
        assertThat(byField.get("content").toString()).isEqualTo("content: " + byField.get("content").problem());
    }

    @Test
    void limitsAndFormatsAreNamed() throws Exception {
        List<ContractViolation> found = petitions.check(petition("""
                {"id": "带空格 的编号", "headcount": 0}"""));
        assertThat(found).extracting(ContractViolation::field, ContractViolation::kind)
                .containsExactly(tuple("headcount", Kind.TOO_SMALL),
                        tuple("id", Kind.BAD_FORMAT));
        assertThat(found.get(0).problem()).startsWith("不能小于 1 (");
        assertThat(found.get(1).problem()).startsWith("格式不正确 (");
    }

    @Test
    void theContractKnowsItsFieldsAndLengths() {
        assertThat(petitions.fields()).startsWith("id", "updatedAt", "channel").contains("content");
        assertThat(petitions.maxLength("title")).isEqualTo(200);
        assertThat(petitions.maxLength("channel")).isZero();
        assertThat(RecordContract.path(Source.VISIT_NOTE)).isEqualTo("record-contracts/visit-notes.v1.schema.json");
        assertThat(RecordContract.of(Source.MEDIA_REPORT).source()).isEqualTo(Source.MEDIA_REPORT);
    }

    /** A valid petition with {@code changes} laid over it. */
    private static JsonNode petition(String changes) throws Exception {
        ObjectNode record = (ObjectNode) JSON.readTree("""
                {"id": "P-1", "updatedAt": "2026-11-20T09:00:00+08:00", "channel": "LETTER",
                 "receivedAt": "2026-11-20T09:00:00+08:00", "district": "城关区", "title": "拖欠工资",
                 "content": "工地拖欠工资三个月。", "status": "RECEIVED"}""");
        record.setAll((ObjectNode) JSON.readTree(changes));
        return record;
    }
}
