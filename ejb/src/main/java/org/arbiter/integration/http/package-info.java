/**
 * The real adapters of the order, payment and logistics ports: the marketplace's REST API over the JDK's
 * HttpClient, JSON by the project's Jackson. The contract they expect (paths, JSON shapes, statuses) is
 * docs/INTEGRATION.md; {@link org.arbiter.integration.IntegrationPorts} uses them when
 * {@code arbiter.integration.mode=http}.
 */
package org.arbiter.integration.http;
