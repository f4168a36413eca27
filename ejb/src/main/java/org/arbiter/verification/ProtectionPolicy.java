package org.arbiter.verification;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * The buyer-protection rules the checks apply: how long after delivery (or, with no delivery, after payment)
 * a complaint may be filed, and which signatures on a delivery count as the buyer's own (a parcel locker, a
 * pick-up station, "self").
 */
public record ProtectionPolicy(Period afterDelivery, Period afterPayment, List<String> acceptedSigners) {

    public ProtectionPolicy {
        acceptedSigners = acceptedSigners.stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Signed by the buyer in person, or into a locker or pick-up point the buyer chose. */
    public boolean signedByBuyer(String signedBy, String buyerId) {
        String signer = signedBy.strip().toLowerCase(Locale.ROOT);
        if (signer.equals(buyerId.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return acceptedSigners.stream().anyMatch(signer::contains);
    }

    public Duration afterDeliveryDuration() {
        return Duration.ofDays(afterDelivery.toTotalMonths() * 30 + afterDelivery.getDays());
    }

    public Duration afterPaymentDuration() {
        return Duration.ofDays(afterPayment.toTotalMonths() * 30 + afterPayment.getDays());
    }
}
