package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void hasTheReadableShapeWithTheFilingDay() {
        String number = CaseNumber.issue(1, DAY).value();

        assertThat(number).matches("AR-261122-[0-9A-HJKMNP-TV-Z]{7}");
    }

    @Test
    void readsBackWhatItIssued() {
        for (long serial = 0; serial < 5_000; serial++) {
            CaseNumber issued = CaseNumber.issue(serial, DAY);
            assertThat(CaseNumber.parse(issued.value())).contains(issued);
        }
    }

    @Test
    void distinctSerialsGiveDistinctNumbers() {
        Set<String> seen = new HashSet<>();
        for (long serial = 0; serial < 200_000; serial++) {
            assertThat(seen.add(CaseNumber.issue(serial, DAY).value())).isTrue();
        }
    }

    @Test
    void neighbouringSerialsDoNotLookAlike() {
        String first = CaseNumber.issue(1000, DAY).value().substring(10, 16);
        String second = CaseNumber.issue(1001, DAY).value().substring(10, 16);

        int samePositions = 0;
        for (int i = 0; i < first.length(); i++) {
            samePositions += first.charAt(i) == second.charAt(i) ? 1 : 0;
        }
        assertThat(samePositions).isLessThan(5);
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        String number = CaseNumber.issue(424_242, DAY).value();
        for (int position = 10; position < number.length(); position++) {
            for (char replacement : CaseNumber.ALPHABET.toCharArray()) {
                if (replacement == number.charAt(position)) {
                    continue;
                }
                String typo = number.substring(0, position) + replacement + number.substring(position + 1);
                assertThat(CaseNumber.parse(typo)).as(typo).isEmpty();
            }
        }
    }

    @Test
    void swappedNeighboursAreCaught() {
        int caught = 0;
        int swaps = 0;
        for (long serial = 0; serial < 2_000; serial++) {
            String number = CaseNumber.issue(serial, DAY).value();
            for (int i = 10; i < number.length() - 1; i++) {
                if (number.charAt(i) == number.charAt(i + 1)) {
                    continue;
                }
                String swapped = number.substring(0, i) + number.charAt(i + 1) + number.charAt(i) + number.substring(i + 2);
                swaps++;
                caught += CaseNumber.parse(swapped).isEmpty() ? 1 : 0;
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.95);
    }

    @Test
    void acceptsWhatPeopleTypeLowerCaseWithLookAlikes() {
        CaseNumber issued = CaseNumber.issue(77, DAY);
        String typed = issued.value().toLowerCase().replace('0', 'o').replace('1', 'l');

        assertThat(CaseNumber.parse(typed)).contains(issued);
    }

    @Test
    void refusesWhatIsNotACaseNumber() {
        assertThat(CaseNumber.parse(null)).isEmpty();
        assertThat(CaseNumber.parse("")).isEmpty();
        assertThat(CaseNumber.parse("AR-261122")).isEmpty();
        assertThat(CaseNumber.parse("../../etc/passwd")).isEmpty();
        assertThat(CaseNumber.parse("AR-261122-ABCDEFGH")).isEmpty();
        assertThat(CaseNumber.parse("X".repeat(10_000))).isEmpty();
    }

    @Test
    void serialsBeyondThirtyBitsAreRefused() {
        assertThatThrownBy(() -> CaseNumber.issue(1L << 30, DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseNumber.issue(-1, DAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
