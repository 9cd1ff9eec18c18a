package io.liaisoninsight.ui.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserDirectoryTest {

    private static final String HASH = "$2a$10$PYYDCSxxlxsdw6gDCJSPzu15zQ1R37KOJ9TJpNm/o31NUZ.1URO/6";
    private static final SecurityProperties.Oidc CLAIMS = new SecurityProperties.Oidc("preferred_username", "name",
            "liaison_roles", "liaison_districts", "liaison_townships", "liaison_office", "liaison_unmask");

    private static SecurityProperties properties(SecurityProperties.User... users) {
        return new SecurityProperties(List.of(users), new SecurityProperties.Login(5, Duration.ofMinutes(10),
                Duration.ofMinutes(10), 100), CLAIMS, SecurityProperties.DEFAULT_CSP);
    }

    private static SecurityProperties.User user(String name, String hash, Set<Role> roles, List<String> districts,
                                                List<String> townships) {
        return new SecurityProperties.User(name, hash, null, roles, districts, townships, null, false);
    }

    @Test
    void configuredUsersGetTheirScopeAndAreFoundWhateverTheCase() {
        UserDirectory directory = new UserDirectory(properties(
                user("analyst-cg", HASH, Set.of(Role.ANALYST), List.of("城关区"), List.of()),
                user("officer", HASH, Set.of(Role.LIAISON_OFFICER), List.of(), List.of("榆中县/城关镇"))));
        CurrentUser analyst = directory.find("Analyst-CG").orElseThrow().user();
        assertThat(analyst.scope().districts()).containsExactly("城关区");
        assertThat(analyst.displayName()).isEqualTo("analyst-cg");
        assertThat(directory.find("officer").orElseThrow().user().scope().townships())
                .containsExactly(new Scope.Township("榆中县", "城关镇"));
        assertThat(directory.find("nobody")).isEmpty();
    }

    @Test
    void plainPasswordsAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new UserDirectory(properties(
                user("leader", "secret", Set.of(Role.LEADER), List.of("*"), List.of()))))
                .hasMessageContaining("BCrypt");
    }

    @Test
    void duplicatesAndMissingRolesAreRefused() {
        assertThatThrownBy(() -> new UserDirectory(properties(
                user("a", HASH, Set.of(Role.LEADER), List.of("*"), List.of()),
                user("A", HASH, Set.of(Role.LEADER), List.of("*"), List.of())))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new UserDirectory(properties(user("a", HASH, Set.of(), List.of(), List.of()))))
                .hasMessageContaining("no roles");
        assertThatThrownBy(() -> new UserDirectory(properties(
                user("a", HASH, Set.of(Role.ANALYST), List.of(), List.of("城关镇"))))).hasMessageContaining("township");
    }

    @Test
    void oidcClaimsMapToRolesAndScope() {
        UserDirectory directory = new UserDirectory(properties());
        CurrentUser user = directory.fromClaims(Map.of(
                "sub", "8c1f", "preferred_username", "liwei", "name", "李伟",
                "liaison_roles", List.of("ROLE_analyst", "unknown"),
                "liaison_districts", "城关区, 西固区",
                "liaison_townships", List.of("榆中县/城关镇"),
                "liaison_unmask", true));
        assertThat(user.username()).isEqualTo("liwei");
        assertThat(user.displayName()).isEqualTo("李伟");
        assertThat(user.roles()).containsExactly(Role.ANALYST);
        assertThat(user.scope().districts()).containsExactlyInAnyOrder("城关区", "西固区");
        assertThat(user.scope().townships()).containsExactly(new Scope.Township("榆中县", "城关镇"));
        assertThat(user.canUnmask()).isTrue();
    }

    @Test
    void oidcUserWithoutOurRolesIsRefusedAndAllDistrictsIsAStar() {
        UserDirectory directory = new UserDirectory(properties());
        assertThatThrownBy(() -> directory.fromClaims(Map.of("sub", "x", "liaison_roles", List.of("viewer"))))
                .isInstanceOf(IllegalArgumentException.class);
        CurrentUser leader = directory.fromClaims(Map.of("sub", "x", "liaison_roles", "LEADER",
                "liaison_districts", "*"));
        assertThat(leader.username()).isEqualTo("x");
        assertThat(leader.scope().allDistricts()).isTrue();
        assertThat(leader.canUnmask()).isFalse();
    }
}
