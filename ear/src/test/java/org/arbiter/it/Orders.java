package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Order snapshots pushed by the demo platform account, for tests that need an order to complain about. */
final class Orders {

    private Orders() {
    }

    static Map<String, Object> snapshot(String orderId, String buyer, String seller, String amount) {
        return Api.object(
                "orderId", orderId, "buyerId", buyer, "sellerId", seller, "amount", amount, "currency", "CNY",
                "paidAt", "2026-11-01T08:00:00Z",
                "items", List.of(Api.object("sku", "SKU-1", "title", "Ceramic vase", "quantity", 1, "unitPrice", amount)),
                "logistics", Api.object("carrier", "SF", "trackingNumber", "SF123", "status", "DELIVERED",
                        "shippedAt", "2026-11-02T08:00:00Z", "signedAt", "2026-11-04T10:00:00Z", "signedBy", "locker"));
    }

    /** Pushes a new order between the two users and returns its id. */
    static String push(String buyer, String seller, String amount) {
        return push(Api.as("platform1"), buyer, seller, amount);
    }

    /** The same through the given platform account (on another server). */
    static String push(Api platform, String buyer, String seller, String amount) {
        String orderId = Api.unique("O");
        Api.Reply reply = platform.post("/api/v1/integration/orders", snapshot(orderId, buyer, seller, amount));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return orderId;
    }

    static Map<String, Object> complaint(String orderId, String description, String amount) {
        return Api.object("orderId", orderId, "description", description, "claimedAmount", amount,
                "currency", "CNY", "desiredRemedy", "REFUND_ONLY", "language", "en");
    }
}
