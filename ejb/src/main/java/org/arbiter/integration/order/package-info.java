/**
 * The order port: the facts about an order the rest of the platform relies on (parties, amount, payment time),
 * and its built-in adapter, which keeps the snapshots and logistics events the marketplace pushes to
 * {@code /api/v1/integration/orders} (the built-in payment and logistics adapters read them too).
 */
package org.arbiter.integration.order;
