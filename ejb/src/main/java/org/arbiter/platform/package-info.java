/**
 * What the application needs from the platform it runs on: the schema migrated at start-up, and the
 * readiness check that says whether it can take traffic.
 */
package org.arbiter.platform;
