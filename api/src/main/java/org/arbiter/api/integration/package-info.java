/**
 * What the marketplace's own systems push: order snapshots and logistics events. Only the {@code PLATFORM}
 * role calls these.
 */
package org.arbiter.api.integration;
