package org.arbiter.verification;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.arbiter.api.vocabulary.FindingSeverity;
import org.arbiter.api.vocabulary.VerificationCheck;

/** One finding of a verification run: the check, its weight, the evidence it concerns and the fact it rests on. */
@Embeddable
public record Finding(
        @Enumerated(EnumType.STRING) @Column(name = "check_code", nullable = false, length = 40) VerificationCheck check,
        @Enumerated(EnumType.STRING) @Column(name = "severity", nullable = false, length = 8) FindingSeverity severity,
        @Column(name = "evidence_id") Long evidenceId,
        @Column(name = "fact", nullable = false, length = 500) String fact,
        @Column(name = "detail", nullable = false, length = 1000) String detail) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(detail, "detail");
    }
}
