/**
 * The chain of custody of a case's evidence: every event (submitted, viewed, marked, withdrawn, exported) is
 * one canonical entry that names the previous entry's hash, and a leaf of the global log
 * ({@link org.arbiter.ledger}). The chain with its proofs can be read over the API and exported as a bundle
 * that the shipped verifier checks offline.
 */
package org.arbiter.custody;
