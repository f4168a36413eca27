/**
 * The logistics port: where an order's parcel is, its trace of scans and who signed for it. The built-in
 * adapter reads the shipment and logistics events the marketplace pushes to
 * {@code /api/v1/integration/orders}; the HTTP adapter asks the marketplace (docs/INTEGRATION.md).
 */
package org.arbiter.integration.logistics;
