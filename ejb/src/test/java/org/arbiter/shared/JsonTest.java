package org.arbiter.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.arbiter.api.intake.FileComplaintRequest;
import org.arbiter.api.problem.Problem;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void refusesANumberWhereMoneyIsAString() {
        String json = "{\"orderId\":\"O-1\",\"description\":\"x\",\"claimedAmount\":199.0,\"currency\":\"CNY\","
                + "\"desiredRemedy\":\"REFUND_ONLY\"}";

        assertThatThrownBy(() -> Json.mapper().readValue(json, FileComplaintRequest.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesUnknownFieldsSuchAsAForgedComplainant() {
        String json = "{\"orderId\":\"O-1\",\"complainantId\":\"buyer2\"}";

        assertThatThrownBy(() -> Json.mapper().readValue(json, FileComplaintRequest.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void writesInstantsAsIsoStringsAndLeavesOutNulls() throws Exception {
        String json = Json.mapper().writeValueAsString(new Problem("/problems/x", "X", 400, "d", null, null, null));

        assertThat(json).isEqualTo("{\"type\":\"/problems/x\",\"title\":\"X\",\"status\":400,\"detail\":\"d\"}");
        assertThat(Json.mapper().writeValueAsString(Instant.parse("2026-11-01T08:00:00Z")))
                .isEqualTo("\"2026-11-01T08:00:00Z\"");
    }
}
