package org.arbiter.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.api.vocabulary.EvidenceMark;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

/** Who sees a piece of evidence and which bytes, who may take it back and when, and marks. */
class EvidenceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Caller BUYER = Caller.of("buyer1", Role.BUYER);
    private static final Caller SELLER = Caller.of("seller1", Role.SELLER);
    private static final Caller SPECIALIST = Caller.of("specialist1", Role.SPECIALIST);
    private static final String ORIGINAL = "a".repeat(64);
    private static final String WITHOUT_LOCATION = "b".repeat(64);

    private static Evidence photoBy(Caller by, EvidenceSource source, boolean staffOnly) {
        return new Evidence(1, by, source, new EvidenceDescription(EvidenceKind.PHOTO, "the broken vase", staffOnly),
                new StoredContent(ORIGINAL, 1000, "image/jpeg", NOW, null, true, WITHOUT_LOCATION), NOW);
    }

    @Test
    void theOtherPartyGetsTheCopyWithoutLocationAndStaffAndTheSubmitterTheOriginal() {
        Evidence photo = photoBy(BUYER, EvidenceSource.COMPLAINANT, false);

        assertThat(photo.contentFor(BUYER)).isEqualTo(ORIGINAL);
        assertThat(photo.contentFor(SPECIALIST)).isEqualTo(ORIGINAL);
        assertThat(photo.contentFor(SELLER)).isEqualTo(WITHOUT_LOCATION);
    }

    @Test
    void staffNotesStayWithStaff() {
        Evidence note = photoBy(SPECIALIST, EvidenceSource.STAFF, true);

        assertThat(note.isVisibleTo(SPECIALIST)).isTrue();
        assertThat(note.isVisibleTo(BUYER)).isFalse();
        assertThat(note.isVisibleTo(SELLER)).isFalse();
        assertThat(photoBy(SPECIALIST, EvidenceSource.STAFF, false).isVisibleTo(SELLER)).isTrue();
    }

    @Test
    void onlyStaffKeepEvidenceFromTheParties() {
        assertThatThrownBy(() -> photoBy(BUYER, EvidenceSource.COMPLAINANT, true))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void evidenceThatAnsweredAQuestionStaysAsTheAnswer() {
        Evidence photo = photoBy(BUYER, EvidenceSource.COMPLAINANT, false);
        photo.answeredAQuestion();

        assertThatThrownBy(() -> photo.withdraw(BUYER, "wrong photo", false, NOW))
                .isInstanceOf(EvidenceStateException.class).hasMessageContaining("answered the specialist's question");
        assertThat(photo.isWithdrawn()).isFalse();
    }

    @Test
    void theSubmitterWithdrawsBeforeReviewOnlyAndOnce() {
        Evidence photo = photoBy(BUYER, EvidenceSource.COMPLAINANT, false);

        assertThatThrownBy(() -> photo.withdraw(SELLER, "not mine", false, NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> photo.withdraw(BUYER, "wrong photo", true, NOW))
                .isInstanceOf(EvidenceStateException.class).hasMessageContaining("before the review");

        photo.withdraw(BUYER, "wrong photo", false, NOW);

        assertThat(photo.isWithdrawn()).isTrue();
        assertThat(photo.getWithdrawnReason()).isEqualTo("wrong photo");
        assertThatThrownBy(() -> photo.withdraw(BUYER, "again", false, NOW)).isInstanceOf(EvidenceStateException.class);
        assertThatThrownBy(() -> photo.contentFor(SELLER)).isInstanceOf(ForbiddenException.class);
        assertThat(photo.contentFor(SPECIALIST)).isEqualTo(ORIGINAL);
    }

    @Test
    void aLaterMarkReplacesTheEarlierButWithdrawnEvidenceIsNotMarked() {
        Evidence photo = photoBy(BUYER, EvidenceSource.COMPLAINANT, false);
        photo.mark(SPECIALIST, EvidenceMark.DISPUTED, "EXIF date is odd", NOW);
        photo.mark(SPECIALIST, EvidenceMark.VERIFIED, "matches the courier's photo", NOW.plusSeconds(60));

        assertThat(photo.getMark()).isEqualTo(EvidenceMark.VERIFIED);
        assertThat(photo.getMarkReason()).isEqualTo("matches the courier's photo");
        assertThat(photo.getMarkedBy()).isEqualTo("specialist1");
        assertThatThrownBy(() -> photo.mark(SPECIALIST, EvidenceMark.VERIFIED, "matches the courier's photo",
                NOW.plusSeconds(120))).isInstanceOf(EvidenceStateException.class).hasMessageContaining("nothing would change");
        photo.mark(SPECIALIST, EvidenceMark.VERIFIED, "matches the courier's photo and the locker log", NOW.plusSeconds(180));

        Evidence withdrawn = photoBy(BUYER, EvidenceSource.COMPLAINANT, false);
        withdrawn.withdraw(BUYER, "wrong photo", false, NOW);
        assertThatThrownBy(() -> withdrawn.mark(SPECIALIST, EvidenceMark.VERIFIED, "ok", NOW))
                .isInstanceOf(EvidenceStateException.class);
    }

    @Test
    void aPhotoWhoseLocationCannotBeRemovedIsKeptFromTheOtherParty() {
        Evidence heic = new Evidence(1, BUYER, EvidenceSource.COMPLAINANT,
                new EvidenceDescription(EvidenceKind.PHOTO, "the parcel", false),
                new StoredContent(ORIGINAL, 1000, "image/heic", null, null, true, null), NOW);

        assertThat(heic.isWithheldFromOtherParty()).isTrue();
        assertThat(heic.contentFor(BUYER)).isEqualTo(ORIGINAL);
        assertThat(heic.contentFor(SPECIALIST)).isEqualTo(ORIGINAL);
        assertThatThrownBy(() -> heic.contentFor(SELLER)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("location");
    }

    @Test
    void aPartysNoteIsReadByBothSidesAndAStaffNoteOnlyByStaffAndChainedByItsHash() {
        Evidence photo = photoBy(BUYER, EvidenceSource.COMPLAINANT, false);

        EvidenceAnnotation sellers = photo.annotate(SELLER, EvidenceSource.RESPONDENT, "this is not our box", 0, NOW);
        EvidenceAnnotation staff = photo.annotate(SPECIALIST, EvidenceSource.STAFF, "signature differs", 0, NOW);

        assertThat(sellers.isVisibleTo(BUYER)).isTrue();
        assertThat(sellers.custodyDetail()).isEqualTo("note: this is not our box");
        assertThat(staff.isStaffOnly()).isTrue();
        assertThat(staff.isVisibleTo(BUYER)).isFalse();
        assertThat(staff.isVisibleTo(SELLER)).isFalse();
        assertThat(staff.isVisibleTo(SPECIALIST)).isTrue();
        // Committed to with a random salt: the plain hash of a guessed note does not match it.
        assertThat(sellers.getNoteSalt()).isNull();
        assertThat(staff.getNoteSalt()).matches("[0-9a-f]{32}");
        assertThat(staff.custodyDetail()).doesNotContain("signature")
                .isEqualTo("staff note sha256:" + sha256(staff.getNoteSalt() + ":signature differs"))
                .doesNotContain(sha256("signature differs"));
        assertThat(photo.annotate(SPECIALIST, EvidenceSource.STAFF, "signature differs", 0, NOW).getNoteSha256())
                .as("the same note twice, two commitments").isNotEqualTo(staff.getNoteSha256());
    }

    @Test
    void partiesDoNotAnnotateWithdrawnEvidenceOrWhatTheyCannotSee() {
        Evidence photo = photoBy(BUYER, EvidenceSource.COMPLAINANT, false);
        photo.withdraw(BUYER, "wrong photo", false, NOW);

        assertThatThrownBy(() -> photo.annotate(SELLER, EvidenceSource.RESPONDENT, "gone?", 0, NOW))
                .isInstanceOf(EvidenceStateException.class);
        assertThat(photo.annotate(SPECIALIST, EvidenceSource.STAFF, "withdrawn after our question", 0, NOW)).isNotNull();
        Evidence staffOnly = photoBy(SPECIALIST, EvidenceSource.STAFF, true);
        assertThatThrownBy(() -> staffOnly.annotate(SELLER, EvidenceSource.RESPONDENT, "?", 0, NOW))
                .isInstanceOf(ForbiddenException.class);
    }

    private static String sha256(String text) {
        return org.arbiter.verifier.MerkleHash.hex(org.arbiter.verifier.MerkleHash
                .sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
