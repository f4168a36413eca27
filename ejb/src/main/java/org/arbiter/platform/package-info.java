/**
 * What the application needs from the platform it runs on: the schema migrated at start-up, and the
 * health checks that say whether it can take traffic.
 */
package org.arbiter.platform;
