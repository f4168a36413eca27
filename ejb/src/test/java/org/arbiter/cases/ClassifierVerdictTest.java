package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.arbiter.api.vocabulary.ComplaintType;
import org.junit.jupiter.api.Test;

class ClassifierVerdictTest {

    @Test
    void ranksByConfidenceAndDecidesByTheThreshold() {
        ClassifierVerdict verdict = new ClassifierVerdict(List.of(new ScoredType(ComplaintType.OTHER, 0.2),
                new ScoredType(ComplaintType.DAMAGED, 0.7), new ScoredType(ComplaintType.QUALITY_DEFECT, 0.1)), 0.5);

        assertThat(verdict.best().type()).isEqualTo(ComplaintType.DAMAGED);
        assertThat(verdict.isConfident()).isTrue();
        assertThat(new ClassifierVerdict(verdict.ranked(), 0.71).isConfident()).isFalse();
        assertThat(verdict.top(2)).extracting(ScoredType::type).containsExactly(ComplaintType.DAMAGED, ComplaintType.OTHER);
    }

    @Test
    void storesGuessesCompactly() {
        List<ScoredType> guesses = List.of(new ScoredType(ComplaintType.NOT_RECEIVED, 0.81234), new ScoredType(ComplaintType.OTHER, 0.1));

        String text = ClassifierVerdict.encode(guesses);

        assertThat(text).isEqualTo("NOT_RECEIVED:0.8123,OTHER:0.1000");
        assertThat(ClassifierVerdict.decode(text)).extracting(ScoredType::type)
                .containsExactly(ComplaintType.NOT_RECEIVED, ComplaintType.OTHER);
        assertThat(ClassifierVerdict.decode(null)).isEmpty();
    }
}
