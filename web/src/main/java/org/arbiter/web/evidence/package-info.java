/** HTTP for the parties' statements and a specialist's questions. */
package org.arbiter.web.evidence;
