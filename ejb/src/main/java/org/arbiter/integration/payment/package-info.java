/**
 * The payment port: what was paid for an order and when. The built-in adapter reads the amounts and times
 * the marketplace pushed with its order snapshots; the HTTP adapter asks the marketplace (docs/INTEGRATION.md).
 */
package org.arbiter.integration.payment;
