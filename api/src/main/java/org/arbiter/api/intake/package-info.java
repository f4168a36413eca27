/** Filing a complaint: the request, and the acknowledgement receipt that answers it. */
package org.arbiter.api.intake;
