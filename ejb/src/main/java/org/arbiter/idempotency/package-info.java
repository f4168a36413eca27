/**
 * Idempotent writes: a client that retries a request with the same {@code Idempotency-Key} gets the first
 * answer, and the write happens once. The key and its answer are stored in the same transaction as the write they guard.
 */
package org.arbiter.idempotency;
