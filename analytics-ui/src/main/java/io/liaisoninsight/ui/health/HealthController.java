package io.liaisoninsight.ui.health;

import io.liaisoninsight.ui.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The start page's health check as JSON, for signed-in users (counts follow their scope). Unattended
 * monitoring uses {@code /actuator/health}, which needs no login and shows no counts.
 */
@RestController
class HealthController {

    private final EngineHealthService health;
    private final CurrentUsers users;

    HealthController(EngineHealthService health, CurrentUsers users) {
        this.health = health;
        this.users = users;
    }

    @GetMapping("/api/health")
    EngineHealth health() {
        return health.check(users.require());
    }
}
