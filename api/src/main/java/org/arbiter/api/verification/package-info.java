/** Evidence-chain verification on the wire: the report, its findings, the state of each piece of evidence. */
package org.arbiter.api.verification;
