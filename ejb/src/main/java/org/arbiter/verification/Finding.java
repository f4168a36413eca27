package org.arbiter.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.arbiter.api.vocabulary.FindingSeverity;
import org.arbiter.api.vocabulary.VerificationCheck;
import org.arbiter.shared.Text;

/**
 * One finding of a verification run: the check, its weight, the evidence it names and the fact it rests on.
 * {@code evidenceId} is the one file a finding is about (a photo dated before payment, a file used in another
 * case), or null when the finding is about the claim; {@code evidenceIds} is every piece the finding names: that
 * file, or for a finding about the claim the evidence that bears on it (the complainant's, the logistics traces
 * and order snapshots on the case).
 */
@Embeddable
public record Finding(
        @Enumerated(EnumType.STRING) @Column(name = "check_code", nullable = false, length = 40) VerificationCheck check,
        @Enumerated(EnumType.STRING) @Column(name = "severity", nullable = false, length = 8) FindingSeverity severity,
        @Column(name = "evidence_id") Long evidenceId,
        @Convert(converter = EvidenceIdsConverter.class) @Column(name = "evidence_ids") List<Long> evidenceIds,
        @Column(name = "fact", nullable = false, length = 500) String fact,
        @Column(name = "detail", nullable = false, length = 1000) String detail) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        fact = Text.cut(Objects.requireNonNull(fact, "fact"), MAX_FACT);
        detail = Text.cut(Objects.requireNonNull(detail, "detail"), MAX_DETAIL);
        List<Long> named = new ArrayList<>();
        if (evidenceId != null) {
            named.add(evidenceId);
        }
        if (evidenceIds != null) {
            evidenceIds.stream().filter(id -> id != null && !named.contains(id)).forEach(named::add);
        }
        evidenceIds = List.copyOf(named);
    }

    /** The columns' sizes: a longer text (a file reused in many cases) is cut, never refused by the database. */
    static final int MAX_FACT = 500;
    static final int MAX_DETAIL = 1000;

    /** A finding about one piece of evidence. */
    public static Finding about(long evidenceId, VerificationCheck check, FindingSeverity severity, String fact,
                                String detail) {
        return new Finding(check, severity, evidenceId, List.of(), fact, detail);
    }

    /** A finding about the claim, naming the evidence that bears on it (none, when there is none). */
    public static Finding onClaim(List<Long> bearing, VerificationCheck check, FindingSeverity severity, String fact,
                                  String detail) {
        return new Finding(check, severity, null, bearing, fact, detail);
    }
}
