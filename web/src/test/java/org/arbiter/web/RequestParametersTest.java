package org.arbiter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

class RequestParametersTest {

    interface Api {
        void list(@QueryParam("status") List<String> status, @QueryParam("limit") String limit,
                  @HeaderParam("Idempotency-Key") String key, String body);

        void none(String body);
    }

    static class Resource implements Api {
        @Override
        public void list(List<String> status, String limit, String key, String body) {
        }

        @Override
        public void none(String body) {
        }
    }

    @Test
    void percentEncodedUtf8IsTextOtherBytesAreNot() {
        assertThat(RequestParameters.isUtf8("the%20locker")).isTrue();
        assertThat(RequestParameters.isUtf8("%E5%BF%AB%E9%80%92")).isTrue(); // 快递
        assertThat(RequestParameters.isUtf8("%F0%9F%93%A6")).isTrue(); // a four-byte emoji
        assertThat(RequestParameters.isUtf8("100%")).isTrue(); // a lone percent sign is left as it is
        assertThat(RequestParameters.isUtf8("%FF%FE")).isFalse();
        assertThat(RequestParameters.isUtf8("%ED%A0%BD")).isFalse(); // an encoded surrogate
        assertThat(RequestParameters.isUtf8("%E5%BF")).isFalse(); // cut off inside a character
    }

    @Test
    void theQueryParametersAreReadFromTheApiInterface() throws NoSuchMethodException {
        var list = Resource.class.getMethod("list", List.class, String.class, String.class, String.class);
        var none = Resource.class.getMethod("none", String.class);

        assertThat(RequestParameters.declared(Resource.class, list).queryNames()).containsExactlyInAnyOrder("status", "limit");
        assertThat(RequestParameters.declared(Resource.class, none).queryNames()).isEmpty();
    }
}
