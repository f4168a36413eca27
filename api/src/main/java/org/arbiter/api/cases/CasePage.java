package org.arbiter.api.cases;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the queue, nearest deadline first.
 *
 * @param nextCursor pass as {@code cursor} for the next page; absent on the last page
 */
@Schema(name = "CasePage")
public record CasePage(List<CaseSummary> items, String nextCursor) {
}
