package org.arbiter.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.cases.ClassifierVerdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier's accuracy on complaints it was not trained on, by 5-fold cross-validation over the corpus:
 * each fold holds out every fifth example of each type and language, trains on the rest with the production
 * settings, and classifies what it held out, so every complaint is judged once by a model that never saw it.
 * The report is printed and written to {@code target/classification-report.txt}; docs/CLASSIFICATION.md
 * quotes it.
 */
class ClassifierAccuracyTest {

    /** The production settings (microprofile-config.properties). */
    private static final ClassifierModel.Training TRAINING = new ClassifierModel.Training(300, 1, 0.1);
    private static final double THRESHOLD = 0.45;
    private static final int FOLDS = 5;

    private static final Map<String, int[]> BY_LANGUAGE = new TreeMap<>();
    private static final Map<ComplaintType, int[]> BY_TYPE = new EnumMap<>(ComplaintType.class);
    private static final int[] CONFIDENT = new int[2];
    private static final double[] FOLD_ACCURACY = new double[FOLDS];
    private static final StringBuilder MISTAKES = new StringBuilder();
    private static int total;
    private static int right;

    @BeforeAll
    static void crossValidate() {
        List<LabelledComplaint> corpus = Corpus.load();
        for (int fold = 0; fold < FOLDS; fold++) {
            Corpus.Split split = Corpus.fold(corpus, FOLDS, fold);
            ClassifierModel model = ClassifierModel.train(split.training(), TRAINING);
            int foldRight = 0;
            for (LabelledComplaint example : split.heldOut()) {
                ClassifierVerdict verdict = model.classify(example.text(), THRESHOLD);
                boolean correct = verdict.best().type() == example.type();
                foldRight += correct ? 1 : 0;
                count(BY_LANGUAGE.computeIfAbsent(example.language(), l -> new int[2]), correct);
                count(BY_TYPE.computeIfAbsent(example.type(), t -> new int[2]), correct);
                if (verdict.isConfident()) {
                    count(CONFIDENT, correct);
                }
                if (!correct && fold == 0) {
                    MISTAKES.append(String.format(Locale.ROOT, "  %s read as %s (%.2f): %s%n", example.type(),
                            verdict.best().type(), verdict.best().confidence(), example.text()));
                }
            }
            FOLD_ACCURACY[fold] = (double) foldRight / split.heldOut().size();
            total += split.heldOut().size();
            right += foldRight;
        }
    }

    @Test
    void theCorpusCoversEveryTypeInBothLanguages() {
        List<LabelledComplaint> all = Corpus.load();
        assertThat(all).hasSizeGreaterThanOrEqualTo(400);
        for (ComplaintType type : ComplaintType.values()) {
            for (String language : List.of("zh", "en")) {
                assertThat(all).filteredOn(e -> e.type() == type && e.language().equals(language))
                        .as(type + "/" + language).hasSizeGreaterThanOrEqualTo(20);
            }
        }
    }

    @Test
    void classifiesHeldOutComplaintsWell() throws IOException {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Classifier accuracy, %d-fold cross-validation over %d complaints: %.1f%%%n",
                FOLDS, total, 100.0 * right / total));
        report.append("  per fold:");
        for (double accuracy : FOLD_ACCURACY) {
            report.append(String.format(Locale.ROOT, " %.1f%%", 100 * accuracy));
        }
        report.append('\n');
        BY_LANGUAGE.forEach((language, c) -> report.append(String.format(Locale.ROOT, "  %s: %.1f%% of %d%n",
                language, 100.0 * c[0] / c[1], c[1])));
        report.append(String.format(Locale.ROOT, "Decided without a person (confidence >= %.2f): %.1f%% of complaints, "
                + "%.1f%% of those right%n", THRESHOLD, 100.0 * CONFIDENT[1] / total, 100.0 * CONFIDENT[0] / CONFIDENT[1]));
        report.append("By type (right/held out):\n");
        BY_TYPE.forEach((type, c) -> report.append(String.format(Locale.ROOT, "  %-20s %3d/%d%n", type, c[0], c[1])));
        report.append("Mistakes of fold 0:\n").append(MISTAKES);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "classification-report.txt"), report);

        assertThat((double) right / total).as("cross-validated accuracy").isGreaterThanOrEqualTo(0.75);
        for (Map.Entry<String, int[]> language : BY_LANGUAGE.entrySet()) {
            assertThat((double) language.getValue()[0] / language.getValue()[1]).as("accuracy in " + language.getKey())
                    .isGreaterThanOrEqualTo(0.70);
        }
        assertThat((double) CONFIDENT[0] / CONFIDENT[1]).as("accuracy of what it decides alone").isGreaterThanOrEqualTo(0.85);
        assertThat((double) CONFIDENT[1] / total).as("share it decides alone").isGreaterThanOrEqualTo(0.5);
    }

    private static void count(int[] counter, boolean correct) {
        counter[0] += correct ? 1 : 0;
        counter[1]++;
    }
}
