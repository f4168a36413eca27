/**
 * What the application needs from the platform it runs on: the schema, migrated at start-up. A failed
 * migration fails the deployment, so WildFly's own readiness ({@code deployments-status} on
 * {@code /health/ready}) is only UP once the schema is current.
 */
package org.arbiter.platform;
