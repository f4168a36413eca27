/** HTTP for intake: filing complaints. */
package org.arbiter.web.intake;
