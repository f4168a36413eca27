package org.arbiter.cases;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.arbiter.api.vocabulary.ClassificationSource;
import org.arbiter.api.vocabulary.ComplaintGroup;
import org.arbiter.api.vocabulary.ComplaintType;

/** A decided category: the type, its group, how sure the decision is and who made it. */
@Embeddable
public class Classification {

    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_type", length = 32)
    private ComplaintType type;

    /** Stored beside the type so the queue can filter by group without a lookup. */
    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_group", length = 24)
    private ComplaintGroup group;

    @Column(name = "classification_confidence")
    private Double confidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification_source", length = 16)
    private ClassificationSource source;

    protected Classification() {
        // for JPA
    }

    private Classification(ComplaintType type, double confidence, ClassificationSource source) {
        this.type = Objects.requireNonNull(type);
        this.group = type.group();
        this.confidence = confidence;
        this.source = source;
    }

    public static Classification byClassifier(ScoredType guess) {
        return new Classification(guess.type(), guess.confidence(), ClassificationSource.CLASSIFIER);
    }

    /** A specialist's decision is certain by definition. */
    public static Classification bySpecialist(ComplaintType type) {
        return new Classification(type, 1.0, ClassificationSource.SPECIALIST);
    }

    public ComplaintType getType() {
        return type;
    }

    public ComplaintGroup getGroup() {
        return group;
    }

    public double getConfidence() {
        return confidence;
    }

    public ClassificationSource getSource() {
        return source;
    }
}
