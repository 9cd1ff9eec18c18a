package io.liaisoninsight.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

    @Test
    void checkCharacterFollowsGb11643() {
        // The standard's own example, and one whose check character is X.
        assertThat(IdNumbers.valid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.valid("110105194912310021")).isFalse();
        assertThat(IdNumbers.valid("11010519491331002X")).as("month 13").isFalse();
        assertThat(IdNumbers.valid("11010519491231002x")).as("lower-case x as written by hand").isTrue();
    }

    @Test
    void allocatedNumbersAreValidUniqueAndEncodeSexAndBirth() {
        IdNumbers ids = new IdNumbers(List.of("620102", "620123"), LocalDate.of(1940, 1, 1), LocalDate.of(2006, 1, 1));
        Set<String> seen = new HashSet<>();
        LocalDate birth = LocalDate.of(1971, 3, 9);
        for (int i = 0; i < 1_200; i++) {
            boolean male = i % 2 == 0;
            String id = ids.allocate(i % 2, birth, male);
            assertThat(IdNumbers.valid(id)).as(id).isTrue();
            assertThat(seen.add(id)).as("unique " + id).isTrue();
            assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo(male);
        }
        // 500 numbers per area, day and sex: the rest moved on to the next day.
        assertThat(seen).anyMatch(id -> id.substring(6, 14).equals("19710310"));
        assertThat(seen).allMatch(id -> id.startsWith("620102") || id.startsWith("620123"));
    }

    @Test
    void phoneNumbersAreElevenDigitMobilesAndNeverRepeat() {
        PhoneNumbers phones = new PhoneNumbers(42);
        Set<String> seen = new HashSet<>();
        for (long n = 0; n < 200_000; n++) {
            String phone = phones.number(n);
            assertThat(phone).hasSize(11).startsWith("1");
            assertThat(seen.add(phone)).isTrue();
        }
    }
}
