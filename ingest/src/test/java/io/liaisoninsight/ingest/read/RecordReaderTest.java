package io.liaisoninsight.ingest.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.ingest.normalise.IdNumbers;
import io.liaisoninsight.ingest.normalise.RecordNormaliser;
import io.liaisoninsight.ingest.normalise.Timestamps;
import io.liaisoninsight.ingest.record.Petition;
import io.liaisoninsight.ingest.validate.RecordValidator;
import io.liaisoninsight.ingest.validate.Violation;
import io.liaisoninsight.schema.Channel;
import io.liaisoninsight.schema.Source;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RecordReaderTest {

    private static final String ID_17 = "62010219800101123";
    static final String ID_NUMBER = ID_17 + IdNumbers.checkCharacter(ID_17);

    private final RecordReader reader = new RecordReader(new ObjectMapper(), new RecordValidator(),
            new RecordNormaliser(new Timestamps(ZoneId.of("Asia/Shanghai"),
                    Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC))), 64 * 1024);

    static String petition(String extra) {
        return """
                {"id":"XF-2026-000001","updatedAt":"2026-11-02 10:00","channel":"VISIT",\
                "receivedAt":"2026-11-01T09:30:00+08:00","district":"城关区","township":"皋兰路街道",\
                "title":"反映拆迁补偿款未到位","content":"群众反映拆迁补偿款被村干部挪用，请求依法处理。",\
                "status":"RECEIVED","complainants":[{"name":"张 伟","idNumber":"%s","phone":"+86 138-0931-1234"}]%s}"""
                .formatted(ID_NUMBER, extra);
    }

    private RecordReading read(String json) {
        return reader.read(Source.PETITION, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValidPetitionIsNormalised() {
        RecordReading reading = read(petition(""));

        assertThat(reading.accepted()).isTrue();
        Petition p = (Petition) reading.record();
        assertThat(p.channel()).isEqualTo(Channel.VISIT);
        assertThat(p.updatedAt()).hasToString("2026-11-02T10:00+08:00");
        assertThat(p.complainants().get(0).name()).isEqualTo("张伟");
        assertThat(p.complainants().get(0).phone()).isEqualTo("13809311234");
        assertThat(p.headcount()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsRejectedWithAReason() {
        RecordReading reading = read("{\"id\": \"XF-1\", \"title\": ");
        assertThat(reading.accepted()).isFalse();
        assertThat(reading.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("$");
            assertThat(v.problem()).startsWith("不是合法的 JSON");
        });
    }

    @Test
    void wrongTypesMissingAndUnknownFieldsAreNamedInChinese() {
        String json = petition(",\"headcount\":\"很多\",\"colour\":\"红\"").replace("\"status\":\"RECEIVED\",", "");
        assertThat(read(json).violations()).extracting(Violation::toString)
                .anySatisfy(v -> assertThat(v).startsWith("headcount: 类型不对，应为整数 ("))
                .anySatisfy(v -> assertThat(v).startsWith("status: 缺少必填字段 ("))
                .anySatisfy(v -> assertThat(v).startsWith("colour: 记录约定中没有这个字段 ("));
    }

    @Test
    void oversizedRecordsAreRejectedBeforeParsing() {
        String json = petition("").replace("请求依法处理。", "请求依法处理。".repeat(10_000));
        assertThat(read(json).reason()).contains("记录过大");
    }

    @Test
    void invalidDatesAndIdNumbersAreNamed() {
        String json = petition("").replace("2026-11-01T09:30:00+08:00", "上个月的某一天下午三点左右")
                .replace(ID_NUMBER, ID_17 + (ID_NUMBER.charAt(17) == '1' ? '2' : '1'));
        assertThat(read(json).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("receivedAt", "complainants[0].idNumber");
    }

    @Test
    void aRecordBreakingItsContractIsAlsoCheckedForWhatOnlyNormalisationFinds() {
        String json = petition("").replace("\"status\":\"RECEIVED\",", "").replace("\"VISIT\"", "\"FAX\"")
                .replace("2026-11-01T09:30:00+08:00", "上个月")
                .replace(ID_NUMBER, ID_17 + (ID_NUMBER.charAt(17) == '1' ? '2' : '1'));
        assertThat(read(json).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("channel", "status", "receivedAt", "complainants[0].idNumber");
    }

    @Test
    void aFieldTheContractRefusesIsNamedOnceAndOddShapesDoNotThrow() {
        String json = petition(",\"proceduralReplyAt\":20261101,\"escalationLevel\":{\"x\":1}")
                .replace("[{\"name\"", "[\"某人\",{\"name\"");
        RecordReading reading = read(json);
        assertThat(reading.accepted()).isFalse();
        assertThat(reading.violations()).extracting(Violation::field).doesNotHaveDuplicates()
                .contains("proceduralReplyAt", "escalationLevel", "complainants[0]");
    }

    @Test
    void aDeputyReferralMustNameTheDeputy() {
        assertThat(read(petition("").replace("\"VISIT\"", "\"DEPUTY_REFERRAL\"")).violations())
                .extracting(Violation::field).containsExactly("referredBy");
    }
}
