package io.liaisoninsight.ingest.enrich.identity;

import io.liaisoninsight.ingest.enrich.Enrichment.IdentityKey;
import io.liaisoninsight.ingest.record.Complainant;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class IdentityKeysTest {

    private static final byte[] SECRET = "test-secret-of-at-least-16-bytes".getBytes(StandardCharsets.UTF_8);
    private static final String ID = "62010219800101123X";
    private static final String PHONE = "13809311234";

    private final IdentityKeys keys = new IdentityKeys(SECRET);

    @Test
    void givesOneKeyPerIdentifierWithItsTypeStrengthAndComplainant() {
        List<IdentityKey> result = keys.keysFor(List.of(
                new Complainant("张建国", ID, PHONE, "袁家营村"),
                new Complainant("李秀英", null, "0931-8123456", null)), "和平镇");

        assertThat(result).extracting(IdentityKey::type, IdentityKey::strength, IdentityKey::complainantIndex)
                .containsExactly(
                        tuple(IdentityKeys.ID_NUMBER, IdentityKeys.STRONG, 0),
                        tuple(IdentityKeys.PHONE, IdentityKeys.STRONG, 0),
                        tuple(IdentityKeys.NAME_TOWNSHIP, IdentityKeys.PROBABLE, 0),
                        tuple(IdentityKeys.PHONE, IdentityKeys.STRONG, 1),
                        tuple(IdentityKeys.NAME_TOWNSHIP, IdentityKeys.PROBABLE, 1));
        assertThat(result).allSatisfy(key -> assertThat(key.key()).matches("[0-9a-f]{64}")
                .doesNotContain("13809311234").doesNotContain("620102"));
    }

    @Test
    void isAnHmacOfTypeAndValueSoTheFormatIsPinned() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(("PHONE:" + PHONE).getBytes(StandardCharsets.UTF_8)));
        assertThat(keys.keyForPhone(PHONE)).isEqualTo(expected);
    }

    @Test
    void sameInputsGiveSameKeysAndADifferentSecretOthers() {
        IdentityKeys again = new IdentityKeys(SECRET.clone());
        IdentityKeys otherSecret = new IdentityKeys("another-secret-of-16-bytes-or-more".getBytes(StandardCharsets.UTF_8));
        assertThat(again.keyForIdNumber(ID)).isEqualTo(keys.keyForIdNumber(ID));
        assertThat(again.keyForNameAndTownship("张建国", "和平镇")).isEqualTo(keys.keyForNameAndTownship("张建国", "和平镇"));
        assertThat(otherSecret.keyForIdNumber(ID)).isNotEqualTo(keys.keyForIdNumber(ID));
        assertThat(otherSecret.keyForPhone(PHONE)).isNotEqualTo(keys.keyForPhone(PHONE));
    }

    @Test
    void aSearchedNumberFindsTheIngestedKey() {
        String ingested = keys.keysFor(List.of(new Complainant("张建国", ID, PHONE, null)), "和平镇").get(0).key();
        assertThat(keys.keyForIdNumber(ID)).isEqualTo(ingested);
        // An analyst may type the check letter in lower case, full width or with spaces.
        assertThat(keys.keyForIdNumber("620102 19800101 123x")).isEqualTo(ingested);
        assertThat(keys.keyForPhone("１３８ ０９３１ １２３４")).isEqualTo(keys.keyForPhone(PHONE));
    }

    @Test
    void theSameDigitsAsIdNumberAndAsPhoneGiveDifferentKeys() {
        assertThat(keys.keyForIdNumber("13809311234")).isNotEqualTo(keys.keyForPhone("13809311234"));
    }

    @Test
    void namesAreComparedWithoutWhiteSpaceAndWidthDifferences() {
        String key = keys.keyForNameAndTownship("张建国", "和平镇");
        assertThat(keys.keyForNameAndTownship("张 建国", "和平镇")).isEqualTo(key);
        assertThat(keys.keyForNameAndTownship("张\u3000建国 ", " 和平镇")).isEqualTo(key);
        assertThat(keys.keyForNameAndTownship("张建国", "定远镇")).isNotEqualTo(key);
        assertThat(keys.keyForNameAndTownship("阿依古丽•买买提", "和平镇"))
                .isEqualTo(keys.keyForNameAndTownship("阿依古丽·买买提", "和平镇"));
    }

    @Test
    void noNameTownshipKeyWithoutATownshipAndNoKeyForBlankValues() {
        assertThat(keys.keysFor(List.of(new Complainant("张建国", " ", "", null)), null)).isEmpty();
        assertThat(keys.keysFor(List.of(new Complainant(null, ID, null, null)), "和平镇"))
                .extracting(IdentityKey::type).containsExactly(IdentityKeys.ID_NUMBER);
    }

    @Test
    void rejectsAShortSecret() {
        assertThatThrownBy(() -> new IdentityKeys("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdentityKeys(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isSafeToShareBetweenThreads() {
        String expected = keys.keyForPhone(PHONE);
        ConcurrentHashMap<String, Boolean> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 2_000).parallel().forEach(i -> seen.put(keys.keyForPhone(PHONE), true));
        assertThat(seen.keySet()).containsExactly(expected);
    }
}
