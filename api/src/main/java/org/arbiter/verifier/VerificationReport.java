package org.arbiter.verifier;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link BundleVerifier#verify}.
 *
 * @param ok       whether the bundle verified: no problem at all
 * @param summary  one line: what was verified, or how many problems were found
 * @param problems one line each, naming the file or entry concerned ({@code custody/000003.entry: ...}); empty when
 *                 {@code ok}
 */
public record VerificationReport(boolean ok, String summary, List<String> problems) {

    public VerificationReport {
        Objects.requireNonNull(summary, "summary");
        problems = List.copyOf(problems);
        if (ok != problems.isEmpty()) {
            throw new IllegalArgumentException("ok must be true exactly when there is no problem");
        }
    }
}
