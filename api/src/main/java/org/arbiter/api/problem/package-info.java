/** RFC 9457 problem details: the one shape of every error the API returns. */
package org.arbiter.api.problem;
