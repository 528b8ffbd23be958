package io.verdict.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long after a missed due time a FIRE_ONCE schedule still catches up when the server comes back. */
@ApplicationScoped
public class ScheduleSettings {

    @Inject
    @ConfigProperty(name = "verdict.schedule.grace-minutes", defaultValue = "60")
    int graceMinutes;

    @PostConstruct
    void validate() {
        if (graceMinutes < 0) {
            throw new IllegalStateException("VERDICT_SCHEDULE_GRACE_MINUTES is " + graceMinutes
                    + ": it must be 0 or more minutes (0: never catch up).");
        }
    }

    public Duration grace() {
        return Duration.ofMinutes(graceMinutes);
    }
}
