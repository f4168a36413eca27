/** Evidence from the parties: the respondent's statement, and answers to a specialist's questions. */
package org.arbiter.api.evidence;
