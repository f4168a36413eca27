/**
 * Evidence from the parties (DESIGN.md §2.3): the respondent's statement, and a specialist's questions to a
 * party with their answers, during which the platform's clocks wait.
 */
package org.arbiter.evidence;
