package io.liaisoninsight.ingest.normalise;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class NormalisationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private final Timestamps timestamps = new Timestamps(SHANGHAI,
            Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC));

    @Test
    void textLosesFullWidthAlphanumericsAndExtraSpaceButKeepsChinesePunctuation() {
        String raw = "\uFEFF  反映：ＡＢＣ公司拖欠工资１２万元，\u3000\u3000至今未付！\r\n\r\n\t请求处理\u200B。 ";
        assertThat(new TextNormaliser().normalise(raw)).isEqualTo("反映：ABC公司拖欠工资12万元， 至今未付！\n请求处理。");
    }

    @Test
    void idNumbersAreCheckedAndNormalised() {
        IdNumbers ids = new IdNumbers();
        String valid = "62010219800101" + "123";
        String full = valid + IdNumbers.checkCharacter(valid);

        assertThat(ids.normalise(full, TODAY).value()).isEqualTo(full);
        assertThat(ids.normalise(" " + full.substring(0, 6) + " " + full.substring(6), TODAY).value()).isEqualTo(full);
        char wrong = full.charAt(17) == '1' ? '2' : '1';
        assertThat(ids.normalise(full.substring(0, 17) + wrong, TODAY).problem()).contains("校验位");
        assertThat(ids.normalise("62010219801301123X", TODAY).valid()).isFalse();
        assertThat(ids.normalise("6201021980", TODAY).problem()).contains("18位");
    }

    @Test
    void knownIdNumberWithXCheckCharacterIsAcceptedInLowerCase() {
        // 11010519491231002X is the textbook example of GB 11643.
        assertThat(new IdNumbers().normalise("11010519491231002x", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void fifteenDigitIdNumbersBecomeEighteen() {
        Normalised<String> converted = new IdNumbers().normalise("620102800101123", TODAY);
        assertThat(converted.value()).startsWith("62010219800101123").hasSize(18);
    }

    @Test
    void phonesAreNormalised() {
        Phones phones = new Phones();
        assertThat(phones.normalise("+86 138-0931-1234").value()).isEqualTo("13809311234");
        assertThat(phones.normalise("１３８０９３１１２３４").value()).isEqualTo("13809311234");
        assertThat(phones.normalise("(0931) 8123456").value()).isEqualTo("0931-8123456");
        assertThat(phones.normalise("12345").valid()).isFalse();
        assertThat(phones.normalise("138abc").valid()).isFalse();
    }

    @Test
    void timesGetTheShanghaiOffset() {
        assertThat(timestamps.parse("2026-11-01T08:00:00Z").value()).hasToString("2026-11-01T16:00+08:00");
        assertThat(timestamps.parse("2026-11-01 09:30").value()).hasToString("2026-11-01T09:30+08:00");
        assertThat(timestamps.parse("2026年11月1日").value()).hasToString("2026-11-01T00:00+08:00");
        assertThat(timestamps.parse("2026/11/1 9:05:00").value()).hasToString("2026-11-01T09:05+08:00");
    }

    @Test
    void implausibleOrUnreadableTimesAreRejected() {
        assertThat(timestamps.parse("昨天下午").problem()).contains("无法识别");
        assertThat(timestamps.parse("1980-01-01").problem()).contains("1990");
        assertThat(timestamps.parse("2027-06-01T00:00:00+08:00").problem()).contains("未来");
        assertThat(timestamps.parse("2026-02-30").valid()).isFalse();
    }
}
