package org.arbiter.api.cases;

import java.time.Instant;

import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.Obligor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A running clock: what is due, by whom, and when. */
@Schema(name = "Deadline")
public record DeadlineView(DeadlineKind kind, Instant dueAt, Obligor owedBy) {
}
