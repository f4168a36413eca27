package org.arbiter;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Priority;
import org.arbiter.cases.PriorityPolicy;
import org.arbiter.deadlines.ServiceLevel;
import org.arbiter.deadlines.SlaPolicy;

/** The policies with the defaults of DESIGN.md §3 and microprofile-config.properties, for domain tests. */
public final class Defaults {

    private Defaults() {
    }

    public static SlaPolicy sla() {
        return new SlaPolicy(Map.of(
                Priority.URGENT, new ServiceLevel(Duration.ofHours(1), Duration.ofHours(2)),
                Priority.HIGH, new ServiceLevel(Duration.ofHours(24), Duration.ofHours(48)),
                Priority.NORMAL, new ServiceLevel(Duration.ofHours(48), Duration.ofHours(72))),
                Duration.ofHours(72), Duration.ofHours(48), List.of(Duration.ofHours(48), Duration.ofHours(72)),
                List.of(0.5, 0.8));
    }

    public static PriorityPolicy priorities() {
        Map<ComplaintType, Priority> base = new EnumMap<>(ComplaintType.class);
        for (ComplaintType type : ComplaintType.values()) {
            base.put(type, switch (type.group()) {
                case ACCOUNT_SECURITY, PAYMENT -> Priority.URGENT;
                case TRANSACTION, LOGISTICS -> Priority.HIGH;
                case SERVICE -> Priority.NORMAL;
            });
        }
        return new PriorityPolicy(base, Map.of("CNY", new BigDecimal("5000"), "USD", new BigDecimal("700")), 1);
    }
}
