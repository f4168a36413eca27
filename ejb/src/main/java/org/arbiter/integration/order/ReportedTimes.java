package org.arbiter.integration.order;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.arbiter.shared.Fields;

/**
 * Which times the marketplace may report (a payment, a shipment, a scan): none before {@code earliest}, and none
 * later than this server's clock plus {@code clockSkew}. A time outside that is a bug in the sender, not a fact to
 * rule on: a payment in 2099 or in year 999999999 would date the buyer-protection window and every evidence check
 * that leans on it, and the second is beyond what PostgreSQL's timestamps hold.
 *
 * @param earliest  the earliest time any report may carry ({@code arbiter.integration.earliest-reported-time})
 * @param clockSkew how far ahead of this server's clock the marketplace's clock may run
 *                  ({@code arbiter.integration.max-clock-skew})
 */
public record ReportedTimes(Instant earliest, Duration clockSkew) {

    public ReportedTimes {
        Objects.requireNonNull(earliest, "earliest");
        if (clockSkew == null || clockSkew.isNegative()) {
            throw new IllegalStateException("arbiter.integration.max-clock-skew must be zero or more, not " + clockSkew);
        }
    }

    /** Records a violation against {@code field} when {@code at} could not have happened; null is left alone. */
    public void check(Fields fields, String field, Instant at, Instant now) {
        String problem = problemWith(at, now);
        if (problem != null) {
            fields.reject(field, problem);
        }
    }

    /**
     * The same for a time in an answer the marketplace gave.
     *
     * @throws IllegalArgumentException naming the field, when {@code at} could not have happened
     */
    public void require(String field, Instant at, Instant now) {
        String problem = problemWith(at, now);
        if (problem != null) {
            throw new IllegalArgumentException(field + " " + problem);
        }
    }

    private String problemWith(Instant at, Instant now) {
        if (at == null) {
            return null;
        }
        if (at.isBefore(earliest)) {
            return "cannot be before " + earliest;
        }
        return at.isAfter(now.plus(clockSkew)) ? "cannot be in the future (the server's time is " + now + ")" : null;
    }
}
