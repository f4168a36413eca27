/**
 * The public contract of Arbiter: what clients send and receive over {@code /api/v1}.
 *
 * <p>Records only, no persistence and no behaviour: the domain lives in the EJB module. Money travels as a
 * decimal string with an ISO-4217 currency code, never as a binary float; times are ISO-8601 instants in UTC.
 * Fields may be added to these records, never renamed.
 */
package org.arbiter.api;
