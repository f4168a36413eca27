/**
 * The HTTP face of Arbiter: JAX-RS resources that implement the API interfaces by translating HTTP to
 * calls of the application services, and back. No domain rules live here.
 */
package org.arbiter.web;
