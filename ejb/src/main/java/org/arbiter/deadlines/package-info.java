/**
 * Deadlines: the service levels of DESIGN.md §3 and the clocks that run on each case. A clock is a row of
 * its own, created, moved and ended in the same transaction as the case change that caused it.
 */
package org.arbiter.deadlines;
