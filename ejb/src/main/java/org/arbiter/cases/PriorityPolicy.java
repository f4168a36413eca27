package org.arbiter.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Priority;
import org.arbiter.shared.Money;

/**
 * How urgent a complaint is (DESIGN.md §2.2, §3). Each type carries a base priority (account security and
 * payment failures are urgent, logistics and goods problems high, service questions normal); a large claim
 * is a large fund loss and makes the case urgent; a repeat complainant moves one level up.
 *
 * @param basePriority          the priority of each type on its own
 * @param largeClaimThresholds  per currency code, the claimed amount from which a claim is large
 * @param repeatThreshold       how many other complaints by the same user within the repeat window make
 *                              this one a repeat complaint
 */
public record PriorityPolicy(
        Map<ComplaintType, Priority> basePriority,
        Map<String, BigDecimal> largeClaimThresholds,
        int repeatThreshold) {

    public PriorityPolicy {
        EnumMap<ComplaintType, Priority> complete = new EnumMap<>(ComplaintType.class);
        for (ComplaintType type : ComplaintType.values()) {
            complete.put(type, Objects.requireNonNull(basePriority.get(type), () -> "no base priority for " + type));
        }
        basePriority = Map.copyOf(complete);
        largeClaimThresholds = Map.copyOf(largeClaimThresholds);
        if (repeatThreshold < 1) {
            throw new IllegalArgumentException("repeatThreshold must be at least 1");
        }
    }

    /**
     * @param repeatComplaints how many other complaints the complainant filed within the repeat window
     */
    public PriorityAssessment assess(ComplaintType type, Money claimed, int repeatComplaints) {
        List<String> reasons = new ArrayList<>();
        Priority priority = basePriority.get(type);
        reasons.add(type + " complaints are " + priority);

        BigDecimal threshold = largeClaimThresholds.get(claimed.getCurrency().getCurrencyCode());
        if (threshold != null && claimed.getAmount().compareTo(threshold) >= 0) {
            if (priority != Priority.URGENT) {
                priority = Priority.URGENT;
            }
            reasons.add("claim of " + claimed + " is a large fund loss (from " + threshold.toPlainString() + ")");
        }
        if (repeatComplaints >= repeatThreshold) {
            Priority raised = priority.raised();
            reasons.add(repeatComplaints + " other complaint(s) by the same user recently: "
                    + (raised == priority ? "already " + priority : "raised to " + raised));
            priority = raised;
        }
        return new PriorityAssessment(priority, reasons);
    }
}
