package org.arbiter.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.arbiter.api.vocabulary.ComplaintType;

/**
 * The labelled complaints the project keeps in {@code classification/corpus.tsv}: one per line,
 * {@code TYPE<TAB>LANG<TAB>TEXT}, lines starting with {@code #} are comments.
 */
public final class Corpus {

    public static final String RESOURCE = "/classification/corpus.tsv";

    private Corpus() {
    }

    public static List<LabelledComplaint> load() {
        try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabelledComplaint> read(BufferedReader reader) throws IOException {
        List<LabelledComplaint> examples = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 3);
            if (columns.length != 3) {
                throw new IllegalStateException(RESOURCE + ":" + number + " does not have three columns");
            }
            examples.add(new LabelledComplaint(ComplaintType.valueOf(columns[0].trim()), columns[1].trim(),
                    columns[2].trim()));
        }
        return examples;
    }

    /**
     * A reproducible split for measuring accuracy: within each type and language, every {@code k}-th
     * example is held out, so both halves cover every type in both languages.
     */
    public static Split split(List<LabelledComplaint> examples, int k) {
        return fold(examples, k, 0);
    }

    /**
     * Fold {@code index} of a {@code k}-fold split: within each type and language, the examples whose
     * position modulo {@code k} is {@code index} are held out. Over all {@code k} folds every example is held
     * out exactly once.
     */
    public static Split fold(List<LabelledComplaint> examples, int k, int index) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<LabelledComplaint> training = new ArrayList<>();
        List<LabelledComplaint> heldOut = new ArrayList<>();
        List<LabelledComplaint> ordered = new ArrayList<>(examples);
        ordered.sort(Comparator.comparing((LabelledComplaint e) -> e.type().name()).thenComparing(LabelledComplaint::language));
        for (LabelledComplaint example : ordered) {
            int position = seen.merge(example.type() + "/" + example.language(), 0, (a, b) -> a + 1);
            (position % k == index ? heldOut : training).add(example);
        }
        return new Split(training, heldOut);
    }

    /** Training and held-out examples. */
    public record Split(List<LabelledComplaint> training, List<LabelledComplaint> heldOut) {
    }
}
