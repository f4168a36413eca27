/**
 * Who works cases: the staff accounts Arbiter knows, from configuration and from their sign-ins, so that a
 * supervisor can assign a case only to a specialist or supervisor and not to a typo.
 */
package org.arbiter.staff;
