/**
 * Idempotent writes: a client that retries a request with the same {@code Idempotency-Key} gets the first
 * answer, and the write happens once. The key is claimed in the same transaction as the write it guards.
 */
package org.arbiter.idempotency;
