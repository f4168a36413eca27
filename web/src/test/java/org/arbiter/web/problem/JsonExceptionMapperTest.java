package org.arbiter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

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
    void otherSyntaxErrorsAreNotTakenForDuplicates() {
        assertThat(JsonExceptionMapper.duplicateField(thrownBy("{\"orderId\": "))).isNull();
    }

    private static String duplicateIn(String json) {
        return JsonExceptionMapper.duplicateField(thrownBy(json));
    }

    private static JsonProcessingException thrownBy(String json) {
        return catchThrowableOfType(() -> Json.mapper().readValue(json, JsonNode.class), JsonProcessingException.class);
    }
}
