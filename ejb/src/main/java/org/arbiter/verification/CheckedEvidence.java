package org.arbiter.verification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.api.vocabulary.EvidenceSource;

/**
 * A piece of evidence as the checks see it: what it is, who brought it and when it reached the case, when its
 * content says it was captured, and the other cases in which the same bytes were submitted.
 */
public record CheckedEvidence(long id, EvidenceKind kind, EvidenceSource source, Instant submittedAt,
                              Instant capturedAt, String capturedAtNote, List<String> sameFileInCases) {

    public CheckedEvidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(submittedAt, "submittedAt");
        sameFileInCases = List.copyOf(sameFileInCases);
    }
}
