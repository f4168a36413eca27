package org.arbiter.idempotency;

/**
 * The first answer to an idempotent request, kept to be replayed.
 *
 * @param location the Location header, or {@code null}
 * @param body     the JSON body exactly as first sent
 */
public record StoredResponse(int status, String location, String body) {
}
