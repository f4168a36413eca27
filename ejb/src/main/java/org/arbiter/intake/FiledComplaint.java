package org.arbiter.intake;

import org.arbiter.api.intake.AcknowledgementReceipt;

/**
 * The answer to a filing.
 *
 * @param replayed {@code true} when this is the stored first answer to a retried request
 */
public record FiledComplaint(AcknowledgementReceipt receipt, boolean replayed) {
}
