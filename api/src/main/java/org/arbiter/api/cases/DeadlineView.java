package org.arbiter.api.cases;

import java.time.Duration;
import java.time.Instant;

import org.arbiter.api.vocabulary.ClockState;
import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.Obligor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A clock on a case: what is due, by whom, and when.
 *
 * @param dueAt     when it runs out; for a paused clock, when it would have run out had it not paused
 * @param state     running, or paused while the case waits on the other side
 * @param remaining for a paused clock, the time it will have left when it resumes (ISO-8601 duration)
 */
@Schema(name = "Deadline")
public record DeadlineView(DeadlineKind kind, Instant dueAt, Obligor owedBy, ClockState state, Duration remaining) {
}
