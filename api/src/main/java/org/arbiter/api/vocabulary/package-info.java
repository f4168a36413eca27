/**
 * The public vocabulary of disputes: statuses, priorities, categories, remedies, roles and clocks.
 * The domain speaks these words too, so there is one spelling from the wire to the table.
 */
package org.arbiter.api.vocabulary;
