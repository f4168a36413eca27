package org.arbiter.api.vocabulary;

/** What a piece of evidence is, as its submitter says (its media type is sniffed from the bytes). */
public enum EvidenceKind {
    PHOTO,
    VIDEO,
    CHAT_LOG,
    LOGISTICS_TRACE,
    INSPECTION_REPORT,
    ORDER_SNAPSHOT,
    OTHER
}
