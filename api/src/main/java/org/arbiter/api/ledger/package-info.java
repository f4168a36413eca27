/**
 * The global custody log on the wire: signed tree heads, inclusion and consistency proofs, the public
 * key. Hashes are lowercase hex, signatures base64; the algorithms are RFC 6962's (see
 * {@code org.arbiter.verifier}).
 */
package org.arbiter.api.ledger;
