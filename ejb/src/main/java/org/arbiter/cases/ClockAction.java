package org.arbiter.cases;

import java.time.Instant;

import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.deadlines.DueAction;
import org.arbiter.deadlines.SlaPolicy;

/**
 * What the platform does, as {@code SYSTEM}, when a clock reaches a reminder point or runs out. Each action
 * is one class; {@link ClockActions} says which one a clock takes. The action runs inside the case's
 * transaction, so its effects (status, audit, notices) commit together with the clock's new state.
 */
interface ClockAction {

    void take(DisputeCase disputeCase, CaseDeadline clock, DueAction due, SlaPolicy sla, Instant now);
}
