/** The custody chain over HTTP: read it with its proofs, export it as a bundle. */
package org.arbiter.web.custody;
