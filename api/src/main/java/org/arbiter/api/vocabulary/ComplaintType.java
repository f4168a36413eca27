package org.arbiter.api.vocabulary;

/** What a complaint is about, each type in exactly one group (DESIGN.md §4). */
public enum ComplaintType {
    NOT_AS_DESCRIBED(ComplaintGroup.TRANSACTION),
    QUALITY_DEFECT(ComplaintGroup.TRANSACTION),
    COUNTERFEIT(ComplaintGroup.TRANSACTION),
    DAMAGED(ComplaintGroup.TRANSACTION),
    REFUND_DISPUTE(ComplaintGroup.TRANSACTION),
    ORDER_CANCELLATION(ComplaintGroup.TRANSACTION),
    NOT_RECEIVED(ComplaintGroup.LOGISTICS),
    LOGISTICS_DELAY(ComplaintGroup.LOGISTICS),
    SIGN_FOR_DISPUTE(ComplaintGroup.LOGISTICS),
    PAYMENT_ISSUE(ComplaintGroup.PAYMENT),
    ACCOUNT_SECURITY(ComplaintGroup.ACCOUNT_SECURITY),
    SERVICE_ATTITUDE(ComplaintGroup.SERVICE),
    SYSTEM_FAULT(ComplaintGroup.SERVICE),
    OTHER(ComplaintGroup.SERVICE);

    private final ComplaintGroup group;

    ComplaintType(ComplaintGroup group) {
        this.group = group;
    }

    public ComplaintGroup group() {
        return group;
    }
}
