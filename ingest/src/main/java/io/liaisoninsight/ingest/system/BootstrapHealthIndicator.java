package io.liaisoninsight.ingest.system;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code bootstrap}: DOWN until every start-up step has succeeded, with each step's
 * state and last error. An engine can be reachable (its own component UP) while ingest still cannot
 * work with it, e.g. when a template was refused.
 */
@Component
class BootstrapHealthIndicator implements HealthIndicator {

    private final Bootstrap bootstrap;

    BootstrapHealthIndicator(Bootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    public Health health() {
        Health.Builder health = bootstrap.isComplete() ? Health.up() : Health.down();
        return health.withDetails(bootstrap.states()).build();
    }
}
