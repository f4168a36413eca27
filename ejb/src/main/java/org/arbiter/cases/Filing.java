package org.arbiter.cases;

import java.util.Objects;

import org.arbiter.api.vocabulary.Remedy;
import org.arbiter.shared.Money;

/**
 * Everything intake established about a new complaint before the case exists: the order, the parties,
 * the screened claim, and how often the complainant complained recently.
 */
public record Filing(
        String orderId,
        Party complainant,
        Party respondent,
        ComplaintText text,
        Money claimed,
        Remedy desiredRemedy,
        String language,
        int repeatComplaints) {

    public Filing {
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(complainant);
        Objects.requireNonNull(respondent);
        Objects.requireNonNull(text);
        Objects.requireNonNull(claimed);
        Objects.requireNonNull(desiredRemedy);
        Objects.requireNonNull(language);
        if (complainant.getSide() == respondent.getSide() || complainant.getUserId().equals(respondent.getUserId())) {
            throw new IllegalArgumentException("complainant and respondent are the two sides of the order");
        }
        if (repeatComplaints < 0) {
            throw new IllegalArgumentException("repeatComplaints cannot be negative");
        }
    }
}
