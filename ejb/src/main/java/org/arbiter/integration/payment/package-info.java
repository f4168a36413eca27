/**
 * The payment port: what was paid for an order and when. The built-in adapter reads the amounts and times
 * the marketplace pushed with its order snapshots; a payment-provider adapter can replace it.
 */
package org.arbiter.integration.payment;
