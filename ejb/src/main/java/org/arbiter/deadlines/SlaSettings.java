package org.arbiter.deadlines;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.arbiter.api.vocabulary.Priority;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the service-level table, the windows, the escalation windows and the reminder shares from
 * configuration ({@code arbiter.sla.<priority>.*}, {@code arbiter.window.*}, {@code arbiter.escalation.*},
 * {@code arbiter.deadlines.reminders}; ISO-8601 durations such as {@code PT24H}); the defaults are
 * DESIGN.md §3's.
 */
@ApplicationScoped
public class SlaSettings {

    @Inject
    Config config;

    // A record cannot be proxied, so not a normal scope: one instance, made once.
    @Produces
    @Singleton
    SlaPolicy slaPolicy() {
        Map<Priority, ServiceLevel> levels = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            String prefix = "arbiter.sla." + priority.name().toLowerCase(Locale.ROOT);
            levels.put(priority, new ServiceLevel(
                    config.getValue(prefix + ".first-response", Duration.class),
                    config.getValue(prefix + ".resolution", Duration.class)));
        }
        return new SlaPolicy(levels,
                config.getValue("arbiter.window.respondent-evidence", Duration.class),
                config.getValue("arbiter.window.information-request", Duration.class),
                List.of(config.getValue("arbiter.escalation.l2-window", Duration.class),
                        config.getValue("arbiter.escalation.l3-window", Duration.class)),
                config.getValues("arbiter.deadlines.reminders", Double.class));
    }
}
