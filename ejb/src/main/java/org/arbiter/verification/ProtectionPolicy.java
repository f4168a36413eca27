package org.arbiter.verification;

import java.time.Duration;
import java.time.Period;
import java.util.List;

/**
 * The buyer-protection rules the checks apply: how long after delivery (or, with no delivery, after payment)
 * a complaint may be filed, and which signatures on a delivery count as the buyer's own (a parcel locker, a
 * pick-up station, "本人"), read as {@link DeliverySignature} reads them: whole normalised words, never parts of
 * words, and never when the note names someone else as well.
 */
public record ProtectionPolicy(Period afterDelivery, Period afterPayment, List<String> acceptedSigners) {

    public ProtectionPolicy {
        acceptedSigners = acceptedSigners.stream().map(DeliverySignature::normalise)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Who the delivery note names, against the accepted signers and the buyer's id. */
    public DeliverySignature signature(String signedBy, String buyerId) {
        return DeliverySignature.read(signedBy, acceptedSigners, buyerId);
    }

    /** Signed by the buyer in person, or into a locker or pick-up point the buyer chose, and by nobody else. */
    public boolean signedByBuyer(String signedBy, String buyerId) {
        return signature(signedBy, buyerId).byBuyer();
    }

    public Duration afterDeliveryDuration() {
        return Duration.ofDays(afterDelivery.toTotalMonths() * 30 + afterDelivery.getDays());
    }

    public Duration afterPaymentDuration() {
        return Duration.ofDays(afterPayment.toTotalMonths() * 30 + afterPayment.getDays());
    }
}
