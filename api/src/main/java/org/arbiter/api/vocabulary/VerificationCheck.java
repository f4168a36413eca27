package org.arbiter.api.vocabulary;

/** The checks of evidence-chain verification; each finding names the one that raised it. */
public enum VerificationCheck {
    /** The complaint says "not received" but the carrier recorded a signed delivery. */
    NOT_RECEIVED_BUT_SIGNED,
    /** The delivery was signed by someone other than the buyer or a parcel locker. */
    SIGNED_BY_SOMEONE_ELSE,
    /** The evidence says it was captured before the order was paid. */
    CAPTURED_BEFORE_PAYMENT,
    /** The evidence says it was captured after the complaint was filed. */
    CAPTURED_AFTER_FILING,
    /** The same file (by SHA-256) was submitted in another case. */
    FILE_USED_IN_ANOTHER_CASE,
    /** The complaint was filed after the buyer-protection window had closed. */
    OUTSIDE_PROTECTION_WINDOW,
    /** The claimed amount is above what was paid. */
    CLAIM_ABOVE_PAYMENT,
    /** The respondent's evidence window closed without any evidence from the respondent. */
    RESPONDENT_EVIDENCE_MISSING
}
