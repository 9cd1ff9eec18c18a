package io.liaisoninsight.ui.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void idNumberKeepsPlaceCodeAndLastFour() {
        assertThat(Masking.idNumber("62010219800101123X")).isEqualTo("620102********123X");
        assertThat(Masking.idNumber(" 620102198001011234 ")).isEqualTo("620102********1234");
        // Old 15-digit numbers: same rule.
        assertThat(Masking.idNumber("620102800101123")).isEqualTo("620102*****1123");
        assertThat(Masking.idNumber("12345")).isEqualTo("*****");
        assertThat(Masking.idNumber(null)).isNull();
        assertThat(Masking.idNumber("")).isEmpty();
    }

    @Test
    void mobileKeepsFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
        assertThat(Masking.phone("+8613812341234")).isEqualTo("+86138****1234");
    }

    @Test
    void landlineKeepsAreaCodeAndLastThree() {
        assertThat(Masking.phone("0931-8123456")).isEqualTo("0931-****456");
        assertThat(Masking.phone("09318123456")).isEqualTo("0931-****456");
        assertThat(Masking.phone("010-81234567")).isEqualTo("010-*****567");
    }

    @Test
    void unknownPhoneFormatKeepsOnlyTheLastTwo() {
        assertThat(Masking.phone("12345")).isEqualTo("***45");
        assertThat(Masking.phone("9")).isEqualTo("*");
    }

    @Test
    void numbersInsideFreeTextAreMasked() {
        String letter = "本人张某，身份证62010219800101123X，电话13812341234，座机0931-8123456，案号2023001。";
        assertThat(Masking.text(letter))
                .isEqualTo("本人张某，身份证620102********123X，电话138****1234，座机0931-****456，案号2023001。");
    }

    @Test
    void longerDigitRunsAreNotMistakenForPhones() {
        // A 16-digit post id is neither a mobile nor an ID number.
        assertThat(Masking.text("微博 1381234123412345 转发")).isEqualTo("微博 1381234123412345 转发");
        assertThat(Masking.text("<em>13812341234</em>")).isEqualTo("<em>138****1234</em>");
    }
}
