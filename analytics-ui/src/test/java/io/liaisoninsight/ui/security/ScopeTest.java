package io.liaisoninsight.ui.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeTest {

    @Test
    void allDistrictsSeesEverythingIncludingRecordsWithoutPlace() {
        Scope all = Scope.of(List.of("*"), List.of());
        assertThat(all).isEqualTo(Scope.all());
        assertThat(all.permits("城关区", "皋兰路街道")).isTrue();
        assertThat(all.permits(null, null)).isTrue();
        assertThat(all.labels()).containsExactly("*");
    }

    @Test
    void districtScopeSeesItsDistrictOnly() {
        Scope chengguan = Scope.of(List.of("城关区"), List.of());
        assertThat(chengguan.permits("城关区", "皋兰路街道")).isTrue();
        assertThat(chengguan.permits("城关区", null)).isTrue();
        assertThat(chengguan.permits("西固区", "陈坪街道")).isFalse();
        assertThat(chengguan.permits(null, null)).isFalse();
        assertThat(chengguan.permits("", "")).isFalse();
    }

    @Test
    void townshipScopeIsTiedToItsDistrict() {
        Scope officer = Scope.of(List.of(), List.of(Scope.Township.parse("榆中县/城关镇")));
        assertThat(officer.permits("榆中县", "城关镇")).isTrue();
        // Same township name in another county.
        assertThat(officer.permits("永登县", "城关镇")).isFalse();
        assertThat(officer.permits("榆中县", "和平镇")).isFalse();
        assertThat(officer.permits("榆中县", null)).isFalse();
        assertThat(officer.labels()).containsExactly("榆中县/城关镇");
    }

    @Test
    void emptyScopeSeesNothing() {
        assertThat(Scope.none().isEmpty()).isTrue();
        assertThat(Scope.none().permits("城关区", "皋兰路街道")).isFalse();
        assertThat(Scope.none().permits(null, null)).isFalse();
    }

    @Test
    void townshipMustNameItsDistrict() {
        assertThatThrownBy(() -> Scope.Township.parse("城关镇")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.Township.parse("榆中县/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyRecordReadingRolesGetAScope() {
        assertThat(UserDirectory.scope(java.util.Set.of(Role.AUDITOR), List.of("*"), List.of())).isEqualTo(Scope.none());
        assertThat(UserDirectory.scope(java.util.Set.of(Role.ADMIN, Role.AUDITOR), List.of("城关区"), List.of()))
                .isEqualTo(Scope.none());
        assertThat(UserDirectory.scope(java.util.Set.of(Role.ANALYST), List.of("城关区"), List.of()).districts())
                .containsExactly("城关区");
    }
}
