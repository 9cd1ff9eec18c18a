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
        assertThat(UserDirectory.scope(java.util.Set.of(Role.AUDITOR), List.of("*"), List.of(), null)).isEqualTo(Scope.none());
        assertThat(UserDirectory.scope(java.util.Set.of(Role.ADMIN, Role.AUDITOR), List.of("城关区"), List.of(), null))
                .isEqualTo(Scope.none());
        assertThat(UserDirectory.scope(java.util.Set.of(Role.ANALYST), List.of("城关区"), List.of(), null).districts())
                .containsExactly("城关区");
    }

    @Test
    void officerSeesOwnOfficesVisitNotesAndOtherSourcesByPlace() {
        Scope officer = Scope.of(List.of(), List.of(Scope.Township.parse("榆中县/城关镇"))).onlyOwnOfficeNotes(" A室 ");
        assertThat(officer.office()).isEqualTo("A室");
        assertThat(officer.permits("VISIT_NOTE", "榆中县", "城关镇", "A室")).isTrue();
        assertThat(officer.permits("VISIT_NOTE", "榆中县", "城关镇", "B室")).isFalse();
        assertThat(officer.permits("VISIT_NOTE", "榆中县", "城关镇", null)).isFalse();
        // Own office, but a place outside the scope: still refused.
        assertThat(officer.permits("VISIT_NOTE", "榆中县", "和平镇", "A室")).isFalse();
        assertThat(officer.permits("PETITION", "榆中县", "城关镇", "B室")).isTrue();
        assertThat(officer.permits("MEDIA_REPORT", "榆中县", "城关镇", null)).isTrue();
        assertThat(officer.permits("PETITION", "榆中县", "和平镇", null)).isFalse();
    }

    @Test
    void officerWithoutOfficeSeesNoVisitNotes() {
        Scope officer = Scope.all().onlyOwnOfficeNotes(null);
        assertThat(officer.permits("VISIT_NOTE", "榆中县", "城关镇", null)).isFalse();
        assertThat(officer.permits("VISIT_NOTE", "榆中县", "城关镇", "A室")).isFalse();
        assertThat(officer.permits("PETITION", null, null, null)).isTrue();
    }

    @Test
    void otherReadersSeeEveryOfficesNotesInTheirPlaces() {
        Scope analyst = Scope.of(List.of("榆中县"), List.of());
        assertThat(analyst.ownOfficeNotesOnly()).isFalse();
        assertThat(analyst.permits("VISIT_NOTE", "榆中县", "城关镇", "B室")).isTrue();
    }

    @Test
    void onlyAPureLiaisonOfficerIsHeldToTheirOffice() {
        List<Scope.Township> town = List.of(Scope.Township.parse("榆中县/城关镇"));
        Scope officer = UserDirectory.scope(java.util.Set.of(Role.LIAISON_OFFICER), List.of(), town, "A室");
        assertThat(officer.ownOfficeNotesOnly()).isTrue();
        assertThat(officer.office()).isEqualTo("A室");
        assertThat(UserDirectory.scope(java.util.Set.of(Role.LIAISON_OFFICER), List.of(), town, null).permits(
                "VISIT_NOTE", "榆中县", "城关镇", "A室")).isFalse();
        assertThat(UserDirectory.scope(java.util.Set.of(Role.LIAISON_OFFICER, Role.ANALYST), List.of(), town, "A室")
                .ownOfficeNotesOnly()).isFalse();
    }
}
