/**
 * What every stage shares: the caller, money, the errors the domain raises, and the clock.
 */
package org.arbiter.shared;
