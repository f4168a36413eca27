package org.arbiter.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.arbiter.evidence.Evidence;

/** One run of the checks on a case, with its findings. Never changed; a new run makes a new report. */
@Entity
@Table(name = "verification_run")
public class VerificationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verification_run_seq")
    @SequenceGenerator(name = "verification_run_seq", sequenceName = "verification_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "run_by", nullable = false, updatable = false, length = 64)
    private String runBy;

    @Column(name = "run_at", nullable = false, updatable = false)
    private Instant runAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "verification_finding", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "position")
    private List<Finding> findings = new ArrayList<>();

    protected VerificationRun() {
        // for JPA
    }

    public VerificationRun(long caseId, String runBy, Instant runAt, List<Finding> findings) {
        this.caseId = caseId;
        this.runBy = runBy;
        this.runAt = runAt;
        this.findings = new ArrayList<>(findings);
    }

    /**
     * What still keeps the report from being complete; empty when the case may go on to a ruling:
     * <ul>
     * <li>the checks were never run;</li>
     * <li>the run is stale: the order, its parcel or its payment changed after it (a new snapshot, a logistics
     * event, a payment update), a specialist changed the case's type, a party submitted one of its files in another
     * case, or evidence arrived or was withdrawn after it (its findings may rest on what is gone);</li>
     * <li>a piece of evidence still on the case is not marked verified, disputed or rejected.</li>
     * </ul>
     * A mark made after the run does not make it stale: marks are the specialist's answer to the report, and the
     * checks do not read them.
     */
    public static List<String> gaps(VerificationRun latest, List<Standing> evidence, List<FactChange> facts) {
        List<String> gaps = new ArrayList<>();
        if (latest == null) {
            gaps.add("the checks have not been run");
        } else {
            gaps.addAll(changedFacts(latest.runAt, facts));
        }
        for (Standing item : evidence) {
            if (item.withdrawnAt() != null) {
                if (latest != null && item.withdrawnAt().isAfter(latest.runAt)) {
                    gaps.add("evidence #" + item.evidenceId() + " was withdrawn after the last run of the checks");
                }
                continue;
            }
            if (latest != null && item.submittedAt().isAfter(latest.runAt)) {
                gaps.add("evidence #" + item.evidenceId() + " arrived after the last run of the checks");
            }
            if (!item.marked()) {
                gaps.add("evidence #" + item.evidenceId() + " is not marked verified, disputed or rejected");
            }
        }
        return gaps;
    }

    /**
     * The ruling gate: a case goes on to a ruling only on a complete report.
     *
     * @throws VerificationIncompleteException (a conflict, 409) naming everything that is missing
     */
    public static void requireComplete(VerificationRun latest, List<Standing> evidence, List<FactChange> facts) {
        List<String> gaps = gaps(latest, evidence, facts);
        if (!gaps.isEmpty()) {
            throw new VerificationIncompleteException(gaps);
        }
    }

    /** Facts that changed after the run, one line per moment (one push often changes order and parcel at once). */
    private static List<String> changedFacts(Instant runAt, List<FactChange> facts) {
        Map<Instant, List<String>> byMoment = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (FactChange change : facts) {
            if (change.unreadable() != null) {
                lines.add(change.fact() + " could not be read to see whether it changed after the last run of the "
                        + "checks: " + change.unreadable());
            } else if (change.changedAt() != null && change.changedAt().isAfter(runAt)) {
                byMoment.computeIfAbsent(change.changedAt(), at -> new ArrayList<>()).add(change.fact());
            }
        }
        byMoment.forEach((at, what) -> lines.add(joined(what) + (what.size() == 1 ? " was" : " were") + " updated at "
                + at + ", after the last run of the checks (" + runAt + ")"));
        return lines;
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * Where a piece of evidence on the case stands: when it arrived, whether a specialist marked it, and when it
     * was withdrawn (null while it is on the case).
     */
    public record Standing(long evidenceId, Instant submittedAt, boolean marked, Instant withdrawnAt) {

        public Standing(long evidenceId, Instant submittedAt, boolean marked) {
            this(evidenceId, submittedAt, marked, null);
        }

        public static List<Standing> of(List<Evidence> evidence) {
            return evidence.stream()
                    .map(e -> new Standing(e.getId(), e.getSubmittedAt(), e.getMark() != null, e.getWithdrawnAt()))
                    .toList();
        }
    }

    /**
     * When one of the facts the checks read last changed, as its port says: "the order", "the logistics trace",
     * "the payment". A null time is unknown, and never makes a report stale; a fact whose port could not be read
     * ({@code unreadable} says why) leaves the report incomplete, since nobody can say it still holds.
     */
    public record FactChange(String fact, Instant changedAt, String unreadable) {

        public FactChange(String fact, Instant changedAt) {
            this(fact, changedAt, null);
        }

        public static FactChange unreadable(String fact, String why) {
            return new FactChange(fact, null, why);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getRunBy() {
        return runBy;
    }

    public Instant getRunAt() {
        return runAt;
    }

    public List<Finding> getFindings() {
        return List.copyOf(findings);
    }
}
