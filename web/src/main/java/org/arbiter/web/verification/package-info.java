/** Evidence-chain verification over HTTP. */
package org.arbiter.web.verification;
