package io.liaisoninsight.ui.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Runs the saved-search alert check every {@code liaison.search.alerts.interval} (first one interval
 * after start-up, so start-up stays quick), unless {@code liaison.search.alerts.enabled=false}. A failed
 * check is logged and simply runs again next time: the window starts at each search's last check.
 */
@Component
class AlertSchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AlertSchedule.class);

    private final SearchAlerts alerts;
    private final TaskScheduler scheduler;
    private final SearchSettings settings;
    private final Clock clock;

    AlertSchedule(SearchAlerts alerts, TaskScheduler scheduler, SearchSettings settings, Clock clock) {
        this.alerts = alerts;
        this.scheduler = scheduler;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.alerts().enabled()) {
            log.info("saved-search alert checks are switched off (liaison.search.alerts.enabled=false)");
            return;
        }
        scheduler.scheduleWithFixedDelay(this::check, clock.instant().plus(settings.alerts().interval()),
                settings.alerts().interval());
    }

    void check() {
        try {
            int created = alerts.checkAll();
            if (created > 0) {
                log.info("saved-search alert check: {} new alerts", created);
            }
        } catch (RuntimeException e) {
            log.warn("saved-search alert check failed, next in {}: {}", settings.alerts().interval(), e.toString());
        }
    }
}
