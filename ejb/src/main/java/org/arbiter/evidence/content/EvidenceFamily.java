package org.arbiter.evidence.content;

/** The families of files accepted as evidence. */
public enum EvidenceFamily {
    IMAGE,
    VIDEO,
    DOCUMENT,
    TEXT
}
