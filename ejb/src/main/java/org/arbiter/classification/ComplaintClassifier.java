package org.arbiter.classification;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.cases.ClassifierVerdict;

/**
 * The complaint classifier the application uses: trained at start-up on the project's corpus and every
 * correction specialists made, and retrained on demand. Reads never wait: the model is swapped whole.
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

    private volatile ClassifierModel model;

    @PostConstruct
    void trainAtStartUp() {
        retrain();
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
        LOG.log(Level.INFO, "Complaint classifier trained on {0} examples ({1} corrections) in {2} ms",
                examples.size(), corrections.size(), (System.nanoTime() - started) / 1_000_000);
        return examples.size();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ClassifierVerdict classify(String text) {
        return model.classify(text, settings.confidenceThreshold());
    }
}
