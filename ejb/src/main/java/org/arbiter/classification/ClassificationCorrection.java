package org.arbiter.classification;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Priority;

/**
 * A specialist's correction of a case's classification, kept as a training example: the screened text,
 * what the classifier said, and what a person decided.
 */
@Entity
@Table(name = "classification_correction")
public class ClassificationCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classification_correction_seq")
    @SequenceGenerator(name = "classification_correction_seq", sequenceName = "classification_correction_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "text", nullable = false, updatable = false, length = 10000)
    private String text;

    @Column(name = "language", nullable = false, updatable = false, length = 16)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_type", updatable = false, length = 32)
    private ComplaintType fromType;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_type", nullable = false, updatable = false, length = 32)
    private ComplaintType toType;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_priority", nullable = false, updatable = false, length = 8)
    private Priority fromPriority;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_priority", nullable = false, updatable = false, length = 8)
    private Priority toPriority;

    @Column(name = "reason", nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(name = "corrected_by", nullable = false, updatable = false, length = 64)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    protected ClassificationCorrection() {
        // for JPA
    }

    public ClassificationCorrection(Long caseId, String text, String language, ComplaintType fromType,
                                    ComplaintType toType, Priority fromPriority, Priority toPriority, String reason,
                                    String correctedBy, Instant correctedAt) {
        this.caseId = Objects.requireNonNull(caseId);
        this.text = Objects.requireNonNull(text);
        this.language = Objects.requireNonNull(language);
        this.fromType = fromType;
        this.toType = Objects.requireNonNull(toType);
        this.fromPriority = Objects.requireNonNull(fromPriority);
        this.toPriority = Objects.requireNonNull(toPriority);
        this.reason = Objects.requireNonNull(reason);
        this.correctedBy = Objects.requireNonNull(correctedBy);
        this.correctedAt = Objects.requireNonNull(correctedAt);
    }

    public LabelledComplaint asTrainingExample() {
        return new LabelledComplaint(toType, language, text);
    }
}
