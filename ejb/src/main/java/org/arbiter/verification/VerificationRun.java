package org.arbiter.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
     * What still keeps the report from being complete: a run older than some evidence, evidence not marked.
     * Empty when the case may go on to a ruling.
     */
    public static List<String> gaps(VerificationRun latest, List<Standing> evidence) {
        List<String> gaps = new ArrayList<>();
        if (latest == null) {
            gaps.add("the checks have not been run");
        }
        for (Standing item : evidence) {
            if (latest != null && item.submittedAt().isAfter(latest.runAt)) {
                gaps.add("evidence #" + item.evidenceId() + " arrived after the last run of the checks");
            }
            if (!item.marked()) {
                gaps.add("evidence #" + item.evidenceId() + " is not marked verified, disputed or rejected");
            }
        }
        return gaps;
    }

    /** Where a piece of evidence still on the case stands: when it arrived, whether a specialist marked it. */
    public record Standing(long evidenceId, Instant submittedAt, boolean marked) {

        public static List<Standing> of(List<Evidence> evidence) {
            return evidence.stream().filter(e -> !e.isWithdrawn())
                    .map(e -> new Standing(e.getId(), e.getSubmittedAt(), e.getMark() != null))
                    .toList();
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
