package org.arbiter.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.arbiter.Defaults;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.PartySide;
import org.arbiter.api.vocabulary.Remedy;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.api.vocabulary.SensitiveDataKind;
import org.arbiter.cases.ClassifierVerdict;
import org.arbiter.cases.ComplaintText;
import org.arbiter.cases.DisputeCase;
import org.arbiter.cases.Filing;
import org.arbiter.cases.Party;
import org.arbiter.cases.ScoredType;
import org.arbiter.shared.Caller;
import org.arbiter.shared.LocalTimes;
import org.arbiter.shared.Money;
import org.junit.jupiter.api.Test;

class AcknowledgementsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Acknowledgements BEIJING_FOR_CHINESE =
            new Acknowledgements(new LocalTimes(Map.of("zh", ZoneId.of("Asia/Shanghai"))));

    private static DisputeCase filed(String language, double confidence) {
        Filing filing = new Filing("O-7", new Party("buyer1", PartySide.BUYER), new Party("seller1", PartySide.SELLER),
                new ComplaintText("x", Map.of()), Money.parse("10", "CNY"), Remedy.REFUND_ONLY, language, 0);
        double rest = (1 - confidence) / 2;
        ClassifierVerdict verdict = new ClassifierVerdict(List.of(new ScoredType(ComplaintType.NOT_RECEIVED, confidence),
                new ScoredType(ComplaintType.OTHER, rest), new ScoredType(ComplaintType.DAMAGED, rest)), 0.45);
        return DisputeCase.file(3, filing, verdict, Defaults.priorities(), Defaults.sla(), Caller.of("buyer1", Role.BUYER), NOW);
    }

    @Test
    void inEnglishItNamesTheCaseTheCategoryAndEveryClock() {
        DisputeCase filed = filed("en", 0.9);

        String text = BEIJING_FOR_CHINESE.write(filed, Map.of());

        assertThat(text).contains(filed.getCaseNumber().value()).contains("O-7").contains("parcel not received")
                .contains("high priority").contains("(seller1) has until 2026-11-25 10:00 UTC")
                .contains("first answer by 2026-11-23 10:00 UTC").contains("resolve it by 2026-11-24 10:00 UTC")
                .doesNotContain("removed");
    }

    @Test
    void inChineseWithTheMaskingNotice() {
        DisputeCase filed = filed("zh", 0.9);

        String text = BEIJING_FOR_CHINESE.write(filed, Map.of(SensitiveDataKind.BANK_CARD, 2));

        assertThat(text).contains("我们已受理").contains(filed.getCaseNumber().value()).contains("未收到货")
                .contains("2026年11月25日 18:00（北京时间）").contains("2个银行卡号")
                .contains("首次答复，我们力争").doesNotContain("， ").doesNotContain("。 ");
    }

    @Test
    void aZoneWithoutANameIsGivenAsItsOffset() {
        Acknowledgements berlinForEnglish = new Acknowledgements(new LocalTimes(Map.of("en", ZoneId.of("Europe/Berlin"))));

        String text = berlinForEnglish.write(filed("en", 0.9), Map.of());

        assertThat(text).contains("(seller1) has until 2026-11-25 11:00 GMT+1");
    }

    @Test
    void anUnsureCaseSaysASpecialistWillConfirmIt() {
        String text = new Acknowledgements(new LocalTimes(Map.of()))
                .write(filed("en", 0.4), Map.of(SensitiveDataKind.RESIDENT_ID, 1));

        assertThat(text).contains("specialist will confirm").doesNotContain("has until")
                .contains("an identity-card number");
    }
}
