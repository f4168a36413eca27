package org.arbiter.deadlines;

import java.time.Instant;

/** A transaction gave a case a clock whose next action comes soon: the engine should wake up for it. */
public record ClocksChanged(Instant nextActionAt) {
}
