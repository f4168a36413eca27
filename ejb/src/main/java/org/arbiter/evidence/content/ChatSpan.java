package org.arbiter.evidence.content;

import java.time.Instant;

/**
 * The time span a chat export covers: its earliest and latest timestamps, how many were found, and whether
 * some had no zone and were read in the platform's local zone.
 */
public record ChatSpan(Instant first, Instant last, int timestamps, boolean zoneAssumed) {

    public String describe(String localZone) {
        return "chat export: " + timestamps + " timestamp(s) from " + first + " to " + last
                + (zoneAssumed ? "; times without a zone read as " + localZone : "");
    }
}
