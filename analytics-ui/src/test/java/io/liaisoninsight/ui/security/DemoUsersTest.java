package io.liaisoninsight.ui.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo users the README documents: names, roles, scopes, and that "liaison-demo" is every password. */
class DemoUsersTest {

    static final String DEMO_PASSWORD = "liaison-demo";

    @Test
    void demoUsersAreAsDocumented() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-demo.yml"));
        Properties properties = yaml.getObject();
        SecurityProperties security = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("liaison.security", SecurityProperties.class);
        UserDirectory directory = new UserDirectory(security);

        Map<String, CurrentUser> users = directory.configuredUsers().stream()
                .collect(Collectors.toMap(CurrentUser::username, u -> u));
        assertThat(users).containsOnlyKeys("leader", "analyst-cg", "analyst-xg", "officer-yz", "auditor", "admin");
        assertThat(users.get("leader").scope().allDistricts()).isTrue();
        assertThat(users.get("analyst-cg").scope().districts()).containsExactly("城关区");
        assertThat(users.get("analyst-cg").canUnmask()).isTrue();
        assertThat(users.get("analyst-xg").scope().districts()).containsExactly("西固区");
        assertThat(users.get("analyst-xg").canUnmask()).isFalse();
        assertThat(users.get("officer-yz").scope().townships()).containsExactly(new Scope.Township("榆中县", "城关镇"));
        assertThat(users.get("officer-yz").office()).isEqualTo("榆中县城关镇检察室");
        assertThat(users.get("officer-yz").scope().ownOfficeNotesOnly()).isTrue();
        assertThat(users.get("officer-yz").scope().office()).isEqualTo("榆中县城关镇检察室");
        assertThat(users.get("analyst-cg").scope().ownOfficeNotesOnly()).isFalse();
        assertThat(users.get("auditor").scope().isEmpty()).isTrue();
        assertThat(users.get("admin").roles()).containsExactly(Role.ADMIN);

        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        for (String name : List.copyOf(users.keySet())) {
            assertThat(bcrypt.matches(DEMO_PASSWORD, directory.find(name).orElseThrow().passwordHash()))
                    .as(name).isTrue();
        }
    }
}
