/**
 * Every error as RFC 9457 problem details ({@code application/problem+json}): a stable type, a human
 * detail, the wrong fields. Never a stack trace; unexpected failures get an incident id to quote.
 */
package org.arbiter.web.problem;
