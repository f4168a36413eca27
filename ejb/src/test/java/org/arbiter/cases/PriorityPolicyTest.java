package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.arbiter.Defaults;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Priority;
import org.arbiter.shared.Money;
import org.junit.jupiter.api.Test;

class PriorityPolicyTest {

    private final PriorityPolicy policy = Defaults.priorities();

    @Test
    void accountSecurityAndPaymentAreUrgentGoodsAndParcelsHighServiceNormal() {
        Money small = Money.parse("10", "CNY");
        assertThat(policy.assess(ComplaintType.ACCOUNT_SECURITY, small, 0).priority()).isEqualTo(Priority.URGENT);
        assertThat(policy.assess(ComplaintType.PAYMENT_ISSUE, small, 0).priority()).isEqualTo(Priority.URGENT);
        assertThat(policy.assess(ComplaintType.NOT_RECEIVED, small, 0).priority()).isEqualTo(Priority.HIGH);
        assertThat(policy.assess(ComplaintType.DAMAGED, small, 0).priority()).isEqualTo(Priority.HIGH);
        assertThat(policy.assess(ComplaintType.SERVICE_ATTITUDE, small, 0).priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void aLargeClaimIsALargeFundLossAndUrgent() {
        PriorityAssessment assessment = policy.assess(ComplaintType.SERVICE_ATTITUDE, Money.parse("5000", "CNY"), 0);

        assertThat(assessment.priority()).isEqualTo(Priority.URGENT);
        assertThat(assessment.reasons()).anyMatch(r -> r.contains("large fund loss"));
        assertThat(policy.assess(ComplaintType.SERVICE_ATTITUDE, Money.parse("4999.99", "CNY"), 0).priority())
                .isEqualTo(Priority.NORMAL);
    }

    @Test
    void thresholdsAreByCurrencyAndAnUnconfiguredCurrencyHasNone() {
        assertThat(policy.assess(ComplaintType.OTHER, Money.parse("700", "USD"), 0).priority()).isEqualTo(Priority.URGENT);
        assertThat(policy.assess(ComplaintType.OTHER, Money.parse("99999", "EUR"), 0).priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void aRepeatComplainantMovesOneLevelUp() {
        Money small = Money.parse("10", "CNY");
        assertThat(policy.assess(ComplaintType.OTHER, small, 1).priority()).isEqualTo(Priority.HIGH);
        assertThat(policy.assess(ComplaintType.NOT_RECEIVED, small, 3).priority()).isEqualTo(Priority.URGENT);
        PriorityAssessment top = policy.assess(ComplaintType.ACCOUNT_SECURITY, small, 2);
        assertThat(top.priority()).isEqualTo(Priority.URGENT);
        assertThat(top.reasons()).anyMatch(r -> r.contains("already URGENT"));
    }
}
