/**
 * The marketplace's ports and how their adapters are chosen: orders ({@code integration.order}), payments
 * ({@code integration.payment}) and logistics ({@code integration.logistics}), each with a built-in adapter over
 * what the marketplace pushes, and their HTTP adapters ({@code integration.http}) for the marketplace's REST API.
 */
package org.arbiter.integration;
