/** HTTP for reading cases and the work queue. */
package org.arbiter.web.cases;
