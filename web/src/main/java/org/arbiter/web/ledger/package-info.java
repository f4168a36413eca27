/** The global custody log over HTTP, open to anyone: tree heads, proofs, the public key. */
package org.arbiter.web.ledger;
