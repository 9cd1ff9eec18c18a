package io.liaisoninsight.ui.health;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The start page's health check as JSON, for scripts and monitoring. */
@RestController
class HealthController {

    private final EngineHealthService health;

    HealthController(EngineHealthService health) {
        this.health = health;
    }

    @GetMapping("/api/health")
    EngineHealth health() {
        return health.check();
    }
}
