/** HTTP for intake: filing complaints, and the admission limit in front of it. */
package org.arbiter.web.intake;
