package org.arbiter.api.intake;

import java.time.Instant;
import java.util.List;

import org.arbiter.api.cases.CategoryView;
import org.arbiter.api.cases.DeadlineView;
import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a filed complaint: its case number, where it stands, and every clock now running.
 *
 * @param caseNumber      a number people can read aloud, e.g. {@code AR-261122-K7M4QX}
 * @param category        absent while the classifier was not confident and a specialist must decide
 * @param acknowledgement what happens next, in the complainant's language
 * @param language        the language of the acknowledgement
 * @param masked          personal data that was found in the text and masked before storing
 */
@Schema(name = "AcknowledgementReceipt")
public record AcknowledgementReceipt(
        String caseNumber,
        CaseStatus status,
        Priority priority,
        CategoryView category,
        boolean awaitingClassification,
        List<DeadlineView> deadlines,
        String acknowledgement,
        String language,
        List<MaskedData> masked,
        Instant submittedAt) {
}
