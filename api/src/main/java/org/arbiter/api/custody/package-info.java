/** A case's chain of custody on the wire: its entries, each with its place in the global log. */
package org.arbiter.api.custody;
