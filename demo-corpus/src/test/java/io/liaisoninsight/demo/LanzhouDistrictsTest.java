package io.liaisoninsight.demo;

import io.liaisoninsight.demo.reference.District;
import io.liaisoninsight.demo.reference.LanzhouDistricts;
import io.liaisoninsight.demo.reference.Township;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LanzhouDistrictsTest {

    @Test
    void officesPerDistrictAreThoseOfSeed002() {
        LanzhouDistricts lanzhou = LanzhouDistricts.load();
        Map<String, Integer> offices = new LinkedHashMap<>();
        lanzhou.districts().forEach(d -> offices.put(d.name(), d.townships().size()));
        assertThat(offices).containsExactly(Map.entry("城关区", 18), Map.entry("七里河区", 6), Map.entry("西固区", 6),
                Map.entry("安宁区", 4), Map.entry("红古区", 4), Map.entry("永登县", 4), Map.entry("榆中县", 8),
                Map.entry("皋兰县", 6));
        assertThat(lanzhou.officeCount()).isEqualTo(56);
    }

    @Test
    void everyOfficeIsNamedOnceAndHasPlaces() {
        LanzhouDistricts lanzhou = LanzhouDistricts.load();
        assertThat(lanzhou.districts().stream().flatMap(d -> d.townships().stream()).map(Township::office).distinct())
                .hasSize(56);
        for (District d : lanzhou.districts()) {
            assertThat(d.code()).matches("6201\\d\\d");
            assertThat(d.procuratorate()).endsWith("人民检察院");
            for (Township t : d.townships()) {
                assertThat(t.name()).matches(".+(街道|镇|乡)");
                assertThat(t.office()).endsWith("检察室");
                assertThat(t.villages()).hasSizeGreaterThanOrEqualTo(3)
                        .allSatisfy(v -> assertThat(v).matches(".+(村|社区)"));
            }
        }
        assertThat(lanzhou.district("榆中县").townships()).extracting(Township::name)
                .contains("城关镇", "和平镇", "夏官营镇", "定远镇", "连搭镇", "金崖镇", "青城镇", "来紫堡乡");
    }
}
