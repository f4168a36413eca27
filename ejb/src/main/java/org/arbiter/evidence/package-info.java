/**
 * Evidence on a case (DESIGN.md §2.3): uploads streamed into the content-addressed store with their type
 * sniffed from the bytes, who may see and read which piece (every read a custody event), withdrawal and a
 * specialist's marks; and what the parties write — the respondent's statement, a specialist's questions and
 * their answers, during which the platform's clocks wait.
 */
package org.arbiter.evidence;
