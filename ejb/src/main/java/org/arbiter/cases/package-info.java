/**
 * The case aggregate: a complaint from filing to archive. {@link org.arbiter.cases.DisputeCase} owns its
 * status, its clocks and its audit trail; every change is an intention-revealing method that checks who
 * may do it and in which state. Also the queries that read cases for the work queue.
 */
package org.arbiter.cases;
