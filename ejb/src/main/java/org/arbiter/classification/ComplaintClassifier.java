package org.arbiter.classification;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.cases.ClassifierVerdict;

/**
 * The complaint classifier the application uses: trained at start-up on the project's corpus and every
 * correction specialists made, and retrained when specialists have corrected more cases since (checked every
 * {@code arbiter.classification.retrain-interval}, on each node). Reads never wait: the model is swapped whole.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ComplaintClassifier {

    private static final System.Logger LOG = System.getLogger(ComplaintClassifier.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ClassificationSettings settings;

    @Resource
    TimerService timers;

    private volatile ClassifierModel model;
    private volatile long correctionsLearnt;

    @PostConstruct
    void trainAtStartUp() {
        retrain();
        long interval = Math.max(1000, settings.retrainInterval().toMillis());
        timers.createIntervalTimer(interval, interval, new TimerConfig("classifier-retraining", false));
    }

    @Timeout
    void onTimer(Timer timer) {
        try {
            retrainIfCorrected();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "retraining the complaint classifier failed; the current model stays", e);
        }
    }

    /** Retrains when corrections were stored since the model was trained; returns whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean retrainIfCorrected() {
        long stored = em.createQuery("select count(c) from ClassificationCorrection c", Long.class).getSingleResult();
        if (stored == correctionsLearnt) {
            return false;
        }
        retrain();
        return true;
    }

    /** Trains a new model on the corpus and every stored correction, then starts using it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int retrain() {
        long started = System.nanoTime();
        List<LabelledComplaint> examples = new ArrayList<>(Corpus.load());
        List<ClassificationCorrection> corrections = em.createQuery(
                "select c from ClassificationCorrection c order by c.id", ClassificationCorrection.class)
                .getResultList();
        corrections.forEach(c -> examples.add(c.asTrainingExample()));
        model = ClassifierModel.train(examples, settings.training());
        correctionsLearnt = corrections.size();
        LOG.log(Level.INFO, "Complaint classifier trained on {0} examples ({1} corrections) in {2} ms",
                examples.size(), corrections.size(), (System.nanoTime() - started) / 1_000_000);
        return examples.size();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ClassifierVerdict classify(String text) {
        return model.classify(text, settings.confidenceThreshold());
    }
}
