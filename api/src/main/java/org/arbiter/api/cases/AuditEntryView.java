package org.arbiter.api.cases;

import java.time.Instant;

import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a case's audit trail: who did what, when, and why. */
@Schema(name = "AuditEntry")
public record AuditEntryView(
        long sequence,
        Instant at,
        String actor,
        Role actorRole,
        String action,
        CaseStatus fromStatus,
        CaseStatus toStatus,
        String detail) {
}
