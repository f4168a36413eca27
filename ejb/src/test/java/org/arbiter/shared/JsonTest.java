package org.arbiter.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.arbiter.api.integration.LogisticsEventRequest;
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

    @Test
    void refusesControlCharactersAndUnpairedSurrogatesInAnyStringWithTheirField() {
        for (String bad : new String[] {"nul \\u0000 here", "bell \\u0007", "c1 \\u0085", "lone \\ud800 high",
                "lone \\udc00 low", "ends high \\ud83d"}) {
            String json = "{\"orderId\":\"O-1\",\"description\":\"" + bad + "\",\"claimedAmount\":\"1.00\","
                    + "\"currency\":\"CNY\",\"desiredRemedy\":\"REFUND_ONLY\"}";

            assertThatThrownBy(() -> Json.mapper().readValue(json, FileComplaintRequest.class)).as(bad)
                    .isInstanceOf(UnacceptableTextException.class)
                    .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName())
                            .isEqualTo("description"));
        }
    }

    @Test
    void keepsLineBreaksTabsEmojiAndChinese() throws Exception {
        String json = "{\"orderId\":\"O-1\",\"description\":\"第一行\\n\\tsecond line \\ud83d\\udce6 📦\","
                + "\"claimedAmount\":\"1.00\",\"currency\":\"CNY\",\"desiredRemedy\":\"REFUND_ONLY\"}";

        assertThat(Json.mapper().readValue(json, FileComplaintRequest.class).description())
                .isEqualTo("第一行\n\tsecond line 📦 📦");
    }

    @Test
    void refusesAFieldGivenTwice() {
        String json = "{\"orderId\":\"O-1\",\"orderId\":\"O-2\"}";

        assertThatThrownBy(() -> Json.mapper().readValue(json, FileComplaintRequest.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("Duplicate field 'orderId'");
    }

    @Test
    void readsInstantsOnlyAsIsoStrings() throws Exception {
        assertThat(Json.mapper().readValue("{\"status\":\"IN_TRANSIT\",\"occurredAt\":\"2026-11-01T08:00:00Z\"}",
                LogisticsEventRequest.class).occurredAt()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
        for (String number : new String[] {"1700000000", "1700000000.5"}) {
            assertThatThrownBy(() -> Json.mapper().readValue("{\"status\":\"IN_TRANSIT\",\"occurredAt\":" + number + "}",
                    LogisticsEventRequest.class)).as(number).isInstanceOf(MismatchedInputException.class);
        }
    }
}
