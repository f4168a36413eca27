/** Reading cases: one case as the caller may see it, and the work queue with keyset paging. */
package org.arbiter.api.cases;
