/**
 * The application's own health checks, served by WildFly's MicroProfile Health on the management interface
 * ({@code /health/ready}). The build packs this package as a library of the EAR ({@code lib/arbiter-ejb-health.jar})
 * rather than into the EJB module: in an EAR, the health subsystem's CDI extension looks for checks among the
 * beans of the EAR's libraries only, and does not see those of its modules.
 */
package org.arbiter.platform.health;
