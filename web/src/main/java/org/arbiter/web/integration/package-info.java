/** HTTP for the marketplace's pushes: order snapshots and logistics events. */
package org.arbiter.web.integration;
