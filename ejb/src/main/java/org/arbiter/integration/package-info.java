/**
 * The marketplace's ports and how their adapters are chosen: orders ({@code integration.order}), payments
 * ({@code integration.payment}) and logistics ({@code integration.logistics}).
 */
package org.arbiter.integration;
