package org.arbiter.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.cases.ClassifierVerdict;
import org.arbiter.cases.ScoredType;

/**
 * A trained complaint classifier: an OpenNLP maximum-entropy document categorizer over the words and word
 * pairs of a complaint. Immutable and thread-safe; train a new one to learn from corrections.
 */
public final class ClassifierModel {

    private final ComplaintTokenizer tokenizer;
    private final DoccatModel model;
    private final int trainedOn;

    private ClassifierModel(ComplaintTokenizer tokenizer, DoccatModel model, int trainedOn) {
        this.tokenizer = tokenizer;
        this.model = model;
        this.trainedOn = trainedOn;
    }

    /**
     * @param iterations maximum-entropy training iterations
     * @param cutoff     a feature must occur this often to be used
     */
    public static ClassifierModel train(List<LabelledComplaint> examples, int iterations, int cutoff) {
        ComplaintTokenizer tokenizer = new ComplaintTokenizer();
        List<DocumentSample> samples = new ArrayList<>(examples.size());
        for (LabelledComplaint example : examples) {
            samples.add(new DocumentSample(example.type().name(), tokenizer.tokens(example.text())));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            FeatureGenerator[] features = {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)};
            DoccatModel model = DocumentCategorizerME.train("mul", ObjectStreamUtils.createObjectStream(samples),
                    parameters, new DoccatFactory(features));
            return new ClassifierModel(tokenizer, model, examples.size());
        } catch (IOException e) {
            throw new UncheckedIOException("training reads from memory and cannot fail on I/O", e);
        }
    }

    /** Every known type ranked by the model's probability for the text. */
    public ClassifierVerdict classify(String text, double threshold) {
        // The categorizer keeps per-call state: one per call over the shared, immutable model.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] probabilities = categorizer.categorize(tokenizer.tokens(text));
        List<ScoredType> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            double p = Math.max(0, Math.min(1, probabilities[i]));
            ranked.add(new ScoredType(ComplaintType.valueOf(categorizer.getCategory(i)), p));
        }
        return new ClassifierVerdict(ranked, threshold);
    }

    public int trainedOn() {
        return trainedOn;
    }
}
