package org.arbiter.cases;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Priority;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the priority rules from configuration: which types are urgent or high
 * ({@code arbiter.priority.urgent-types}, {@code arbiter.priority.high-types}; every other type is normal),
 * the large-claim thresholds per currency ({@code arbiter.priority.large-claim=CNY:5000,USD:700}), and the
 * repeat-complaint rule ({@code arbiter.priority.repeat-window}, {@code arbiter.priority.repeat-threshold}).
 */
@ApplicationScoped
public class PrioritySettings {

    @Inject
    Config config;

    // Injected once: intake asks on every filing, and config.getValue parsed the Duration on each read.
    @Inject
    @ConfigProperty(name = "arbiter.priority.repeat-window")
    Duration repeatWindow;

    // A record cannot be proxied, so not a normal scope: one instance, made once.
    @Produces
    @Singleton
    PriorityPolicy priorityPolicy() {
        Map<ComplaintType, Priority> base = new EnumMap<>(ComplaintType.class);
        for (ComplaintType type : ComplaintType.values()) {
            base.put(type, Priority.NORMAL);
        }
        typesOf("arbiter.priority.high-types").forEach(type -> base.put(type, Priority.HIGH));
        typesOf("arbiter.priority.urgent-types").forEach(type -> base.put(type, Priority.URGENT));

        Map<String, BigDecimal> thresholds = new HashMap<>();
        for (String entry : config.getOptionalValues("arbiter.priority.large-claim", String.class).orElse(List.of())) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("arbiter.priority.large-claim entries are CURRENCY:AMOUNT, not " + entry);
            }
            thresholds.put(parts[0].trim(), new BigDecimal(parts[1].trim()));
        }
        return new PriorityPolicy(base, thresholds, config.getValue("arbiter.priority.repeat-threshold", Integer.class));
    }

    /** How far back earlier complaints count as repeats. */
    public Duration repeatWindow() {
        return repeatWindow;
    }

    private List<ComplaintType> typesOf(String key) {
        return config.getOptionalValues(key, String.class).orElse(List.of()).stream()
                .map(String::trim).map(ComplaintType::valueOf).toList();
    }
}
