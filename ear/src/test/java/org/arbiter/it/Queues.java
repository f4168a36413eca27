package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading a caller's whole queue, page by page, as a client does. */
final class Queues {

    private Queues() {
    }

    /** Follows nextCursor to the end and checks the order of the whole walk. */
    static List<JsonNode> walk(Api api, String query) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String path = "/api/v1/cases?limit=100" + query
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Api.Reply page = api.get(path);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").forEach(all::add);
            cursor = page.json().hasNonNull("nextCursor") ? page.json().get("nextCursor").asText() : null;
            assertThat(++pages).as("pages").isLessThan(10_000);
        } while (cursor != null);
        Instant previous = Instant.MIN;
        for (JsonNode item : all) {
            Instant due = item.hasNonNull("nextDeadline") ? Instant.parse(item.get("nextDeadline").get("dueAt").asText()) : Instant.MAX;
            assertThat(due).as("nearest deadline first").isAfterOrEqualTo(previous);
            previous = due;
        }
        return all;
    }
}
