/**
 * The order port: the facts about an order the rest of the platform relies on (parties, amount, payment,
 * logistics), and its built-in adapter, which keeps the snapshots and logistics events the marketplace
 * pushes to {@code /api/v1/integration/orders}.
 */
package org.arbiter.integration.order;
