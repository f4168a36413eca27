/**
 * How the WAR sits in Undertow's HTTP handling, below the API: what concerns connections, not requests.
 */
package org.arbiter.web.http;
