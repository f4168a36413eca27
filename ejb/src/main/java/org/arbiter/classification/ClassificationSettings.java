package org.arbiter.classification;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The classifier's tunables, from configuration. */
@ApplicationScoped
public class ClassificationSettings {

    @Inject
    @ConfigProperty(name = "arbiter.classification.confidence-threshold")
    double confidenceThreshold;

    @Inject
    @ConfigProperty(name = "arbiter.classification.training-iterations")
    int trainingIterations;

    @Inject
    @ConfigProperty(name = "arbiter.classification.feature-cutoff")
    int featureCutoff;

    @Inject
    @ConfigProperty(name = "arbiter.classification.l2-cost")
    double l2Cost;

    @Inject
    @ConfigProperty(name = "arbiter.classification.retrain-interval")
    Duration retrainInterval;

    /** How often to look for corrections the model has not learnt from yet. */
    public Duration retrainInterval() {
        return retrainInterval;
    }

    /** Below this confidence a person classifies the complaint. */
    public double confidenceThreshold() {
        return confidenceThreshold;
    }

    public ClassifierModel.Training training() {
        return new ClassifierModel.Training(trainingIterations, featureCutoff, l2Cost);
    }
}
