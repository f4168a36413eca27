/**
 * Integration tests against the real server: Arquillian deploys the EAR this module built into the managed
 * WildFly; HTTP tests call it over real HTTP as the demo accounts, container tests run inside it.
 */
package org.arbiter.it;
