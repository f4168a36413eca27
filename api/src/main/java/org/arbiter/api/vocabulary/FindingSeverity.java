package org.arbiter.api.vocabulary;

/** How much a finding weighs: HIGH contradicts the claim or the evidence, INFO is context for the specialist. */
public enum FindingSeverity {
    HIGH,
    MEDIUM,
    LOW,
    INFO
}
