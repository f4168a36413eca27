package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.arbiter.api.classification.ClassificationCorrectionRequest;
import org.arbiter.api.integration.OrderItemDto;
import org.arbiter.api.integration.OrderSnapshotRequest;
import org.arbiter.api.intake.FileComplaintRequest;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Remedy;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.classification.ClassificationService;
import org.arbiter.classification.ComplaintClassifier;
import org.arbiter.intake.IntakeService;
import org.arbiter.integration.order.OrderIntegrationService;
import org.arbiter.shared.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A specialist's correction is kept as a training example, screened, and the model learns from it. */
@ExtendWith(ArquillianExtension.class)
class ClassificationTrainingIT {

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withTestInside(ClassificationTrainingIT.class, Database.class);
    }

    @Inject
    IntakeService intake;

    @Inject
    OrderIntegrationService orders;

    @Inject
    ClassificationService classification;

    @Inject
    ComplaintClassifier classifier;

    @Inject
    Database db;

    @Inject
    Clock clock;

    @Test
    void aCorrectionIsStoredAsATrainingExampleAndTheModelRetrainsOnIt() {
        String buyer = "buyer-" + UUID.randomUUID().toString().substring(0, 8);
        String order = "O-" + UUID.randomUUID().toString().substring(0, 13);
        orders.push(Caller.of("platform-it", Role.PLATFORM), new OrderSnapshotRequest(order, buyer, "seller-it", "60.00",
                "CNY", clock.instant(), List.of(new OrderItemDto("SKU-1", "Lamp", 1, "60.00")), null));
        String text = "The lamp I was sold stops working after ten minutes and the shop will not answer.";
        String caseNumber = intake.file(Caller.of(buyer, Role.BUYER), null,
                new FileComplaintRequest(order, text, "60.00", "CNY", Remedy.REFUND_ONLY, "en")).receipt().caseNumber();
        classifier.retrainIfCorrected(); // whatever other tests corrected before, learnt now

        classification.correct(Caller.of("specialist1", Role.SPECIALIST), caseNumber, new ClassificationCorrectionRequest(
                ComplaintType.QUALITY_DEFECT, null, "defective on arrival; card 4111 1111 1111 1111 was charged"));

        long caseId = ((Number) db.value("select id from dispute_case where case_number = ?1", caseNumber)).longValue();
        List<?> rows = db.rows("select to_type, reason, text from classification_correction where case_id = ?1", caseId);
        assertThat(rows).hasSize(1);
        Object[] row = (Object[]) rows.get(0);
        assertThat(row[0]).isEqualTo("QUALITY_DEFECT");
        assertThat((String) row[1]).contains("defective on arrival").doesNotContain("4111 1111 1111 1111");
        assertThat(row[2]).isEqualTo(text);
        assertThat(classifier.retrainIfCorrected()).as("the new correction is learnt").isTrue();
        assertThat(classifier.retrainIfCorrected()).as("nothing new since").isFalse();
    }
}
