package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.arbiter.api.integration.OrderItemDto;
import org.arbiter.api.integration.OrderSnapshotRequest;
import org.arbiter.api.intake.FileComplaintRequest;
import org.arbiter.api.vocabulary.Remedy;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.evidence.EvidenceBlobs;
import org.arbiter.evidence.EvidenceService;
import org.arbiter.evidence.EvidenceStore;
import org.arbiter.evidence.StoredBlob;
import org.arbiter.evidence.StoredContent;
import org.arbiter.evidence.UploadCleanup;
import org.arbiter.intake.IntakeService;
import org.arbiter.integration.order.OrderIntegrationService;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ConflictException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two uploads of the same bytes at the same moment, one of which fails after its bytes were stored: the failed
 * one's clean-up and the other's record are ordered by the hash's lock row, whichever comes first, so no record
 * ever points at removed bytes. The interleavings are played step by step inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceStoreIT {

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withTestInside(EvidenceStoreIT.class, Database.class);
    }

    @Inject
    IntakeService intake;

    @Inject
    OrderIntegrationService orders;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceBlobs blobs;

    @Inject
    UploadCleanup cleanup;

    @Inject
    EvidenceService evidence;

    @Inject
    Database db;

    @Inject
    Clock clock;

    private static final Caller SPECIALIST = Caller.of("specialist1", Role.SPECIALIST);

    private String newCase() {
        String buyer = "buyer-" + UUID.randomUUID().toString().substring(0, 8);
        String order = "O-" + UUID.randomUUID().toString().substring(0, 13);
        orders.push(Caller.of("platform-it", Role.PLATFORM), new OrderSnapshotRequest(order, buyer, "seller-it", "80.00",
                "CNY", clock.instant(), List.of(new OrderItemDto("SKU-1", "Vase", 1, "80.00")), null));
        return intake.file(Caller.of(buyer, Role.BUYER), null, new FileComplaintRequest(order,
                "The vase arrived broken into three pieces.", "80.00", "CNY", Remedy.REFUND_ONLY, "en"))
                .receipt().caseNumber();
    }

    /** What an upload has done once its bytes are stored and registered, before its record. */
    private StoredBlob stored(byte[] bytes) throws Exception {
        StoredBlob blob = store.put(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
        blobs.register(blob.sha256());
        return blob;
    }

    private static StoredContent content(StoredBlob blob) {
        return new StoredContent(blob.sha256(), blob.sizeBytes(), "text/plain", null, null, false, null);
    }

    private long recordsOf(String sha256) {
        return ((Number) db.value("select count(*) from evidence where sha256 = ?1", sha256)).longValue();
    }

    @Test
    void whenTheFailedUploadCleansUpFirstTheOtherIsRefusedAndRecordsNothing() throws Exception {
        String caseNumber = newCase();
        byte[] bytes = ("call notes " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        StoredBlob first = stored(bytes);
        StoredBlob second = stored(bytes);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();

        cleanup.discardIfUnreferenced(first);

        assertThat(store.contains(first.sha256())).isFalse();
        assertThatThrownBy(() -> evidence.record(SPECIALIST, caseNumber,
                evidence.describe("OTHER", "call notes", "true"), content(second)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("send the file again");
        assertThat(recordsOf(first.sha256())).isZero();
        assertThat(evidence.list(SPECIALIST, caseNumber).items()).isEmpty();
    }

    @Test
    void whenTheOtherRecordsFirstTheCleanUpLeavesTheBytes() throws Exception {
        String caseNumber = newCase();
        byte[] bytes = ("call notes " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        StoredBlob first = stored(bytes);
        StoredBlob second = stored(bytes);

        evidence.record(SPECIALIST, caseNumber, evidence.describe("OTHER", "call notes", "true"), content(second));
        cleanup.discardIfUnreferenced(first);

        assertThat(store.contains(first.sha256())).isTrue();
        assertThat(recordsOf(first.sha256())).isEqualTo(1);
    }

    @Test
    void bytesNothingRefersToAreRemovedWithTheirLockRow() throws Exception {
        byte[] bytes = ("orphan " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        StoredBlob orphan = stored(bytes);
        assertThat(((Number) db.value("select count(*) from evidence_blob where sha256 = ?1", orphan.sha256())).longValue())
                .isEqualTo(1);

        cleanup.discardIfUnreferenced(orphan);

        assertThat(store.contains(orphan.sha256())).isFalse();
        assertThat(((Number) db.value("select count(*) from evidence_blob where sha256 = ?1", orphan.sha256())).longValue())
                .isZero();
        blobs.register(orphan.sha256()); // registering again after a removal is fine
        blobs.register(orphan.sha256()); // and twice is the same as once
    }

    @Test
    void bytesOfAnUploadThatFailedBeforeItRegisteredThemAreRemovedToo() throws Exception {
        StoredBlob unregistered = store.put(new ByteArrayInputStream(("early failure " + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE);

        cleanup.discardIfUnreferenced(unregistered);

        assertThat(store.contains(unregistered.sha256())).isFalse();
    }
}
