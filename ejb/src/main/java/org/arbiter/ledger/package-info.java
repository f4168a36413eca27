/**
 * The global append-only custody log, a Merkle tree exactly as RFC 6962 / RFC 9162 §2.1 define it. Custody
 * events are written with their case's transaction; the {@link org.arbiter.ledger.LedgerSequencer} gives them
 * leaf indexes in batches, stores the hash of every subtree that becomes complete, and signs a tree head
 * (Ed25519) for each new size. Any inclusion or consistency proof is then one indexed read of at most a few
 * dozen stored hashes. The hashing and proof algorithms are shared with the offline verifier
 * ({@code org.arbiter.verifier} in the api module).
 */
package org.arbiter.ledger;
