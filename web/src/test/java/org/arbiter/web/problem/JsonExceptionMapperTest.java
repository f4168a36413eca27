package org.arbiter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.arbiter.api.integration.OrderSnapshotRequest;
import org.arbiter.shared.Json;
import org.junit.jupiter.api.Test;

class JsonExceptionMapperTest {

    @Test
    void aFieldGivenTwiceIsNamedWithItsPath() {
        assertThat(duplicateIn("{\"orderId\":\"A\",\"orderId\":\"B\"}")).isEqualTo("orderId");
        assertThat(duplicateIn("{\"logistics\":{\"carrier\":\"SF\",\"carrier\":\"JD\"}}")).isEqualTo("logistics.carrier");
        assertThat(duplicateIn("{\"items\":[{\"sku\":\"1\"},{\"sku\":\"2\",\"sku\":\"3\"}]}")).isEqualTo("items[1].sku");
    }

    @Test
    void aFieldGivenTwiceInsideARequestsNestedObjectIsNamedWithItsPath() {
        String order = "{\"orderId\":\"O-1\",\"buyerId\":\"b\",\"sellerId\":\"s\",\"amount\":\"1.00\",\"currency\":\"CNY\","
                + "\"paidAt\":\"2026-11-01T08:00:00Z\",";

        assertThat(duplicateIn(order + "\"items\":[],\"logistics\":{\"carrier\":\"SF\",\"carrier\":\"JD\"}}",
                OrderSnapshotRequest.class)).isEqualTo("logistics.carrier");
        assertThat(duplicateIn(order + "\"items\":[{\"sku\":\"1\",\"sku\":\"2\"}]}", OrderSnapshotRequest.class))
                .isEqualTo("items[0].sku");
        assertThat(duplicateIn(order.replace("\"buyerId\":\"b\",", "\"buyerId\":\"b\",\"buyerId\":\"c\",") + "\"items\":[]}",
                OrderSnapshotRequest.class)).isEqualTo("buyerId");
    }

    @Test
    void otherSyntaxErrorsAreNotTakenForDuplicates() {
        assertThat(JsonExceptionMapper.duplicateField(thrownBy("{\"orderId\": "))).isNull();
    }

    private static String duplicateIn(String json) {
        return duplicateIn(json, JsonNode.class);
    }

    private static String duplicateIn(String json, Class<?> type) {
        return JsonExceptionMapper.duplicateField(catchThrowableOfType(JsonProcessingException.class,
                () -> Json.mapper().readValue(json, type)));
    }

    private static JsonProcessingException thrownBy(String json) {
        return catchThrowableOfType(JsonProcessingException.class, () -> Json.mapper().readValue(json, JsonNode.class));
    }
}
