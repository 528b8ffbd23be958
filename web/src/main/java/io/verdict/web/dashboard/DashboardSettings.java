package io.verdict.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long a run may stay PENDING before the dashboard lists it as needing attention. */
@ApplicationScoped
public class DashboardSettings {

    @Inject
    @ConfigProperty(name = "verdict.pending-alert-minutes", defaultValue = "10")
    int pendingAlertMinutes;

    @PostConstruct
    void validate() {
        if (pendingAlertMinutes < 1) {
            throw new IllegalStateException(
                    "VERDICT_PENDING_ALERT_MINUTES is " + pendingAlertMinutes + ": it must be 1 or more minutes.");
        }
    }

    public Duration pendingAlert() {
        return Duration.ofMinutes(pendingAlertMinutes);
    }

    public int getPendingAlertMinutes() {
        return pendingAlertMinutes;
    }
}
