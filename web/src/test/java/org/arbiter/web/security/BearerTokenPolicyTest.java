package org.arbiter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class BearerTokenPolicyTest {

    private static final long NOW = 1_800_000_000L;

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String token(String claims) {
        return part("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + part(claims) + ".c2lnbmF0dXJl";
    }

    private static List<String> headers(String... values) {
        return Arrays.asList(values);
    }

    @Test
    void a_token_with_a_future_expiry_passes() {
        String token = token("{\"sub\":\"buyer1\",\"exp\":" + (NOW + 300) + ",\"groups\":[\"BUYER\"]}");

        assertThat(BearerTokenPolicy.refusal(headers("Bearer " + token), NOW)).isEmpty();
        assertThat(BearerTokenPolicy.refusal(headers("bearer   " + token + " "), NOW)).isEmpty();
    }

    @Test
    void a_token_without_expiry_is_refused() {
        assertThat(BearerTokenPolicy.refusal(headers("Bearer " + token("{\"sub\":\"buyer1\"}")), NOW))
                .contains("the bearer token has no expiry time (exp)");
        assertThat(BearerTokenPolicy.refusal(headers("Bearer " + token("{\"sub\":\"buyer1\",\"exp\":\"soon\"}")), NOW))
                .contains("the bearer token has no expiry time (exp)");
        assertThat(BearerTokenPolicy.refusal(headers("Bearer " + token("{\"sub\":\"buyer1\",\"exp\":null}")), NOW))
                .contains("the bearer token has no expiry time (exp)");
    }

    @Test
    void an_expired_token_is_refused() {
        assertThat(BearerTokenPolicy.refusal(headers("Bearer " + token("{\"exp\":" + (NOW - 1) + "}")), NOW))
                .contains("the bearer token has expired");
        assertThat(BearerTokenPolicy.refusal(headers("Bearer " + token("{\"exp\":" + NOW + "}")), NOW)).isEmpty();
    }

    @Test
    void what_cannot_be_read_is_refused() {
        assertThat(BearerTokenPolicy.refusal(headers("Bearer not-a-jwt"), NOW)).contains("the bearer token is not a signed JWT");
        assertThat(BearerTokenPolicy.refusal(headers("Bearer a.b.c.d"), NOW)).contains("the bearer token is not a signed JWT");
        assertThat(BearerTokenPolicy.refusal(headers("Bearer x.%%%.y"), NOW)).contains("the bearer token's claims cannot be read");
        assertThat(BearerTokenPolicy.refusal(headers("Bearer x." + part("not json") + ".y"), NOW))
                .contains("the bearer token's claims cannot be read");
        assertThat(BearerTokenPolicy.refusal(headers("Bearer x." + part("[1,2]") + ".y"), NOW))
                .contains("the bearer token has no expiry time (exp)");
    }

    @Test
    void requests_signed_in_otherwise_are_not_its_business() {
        assertThat(BearerTokenPolicy.refusal(headers(), NOW)).isEmpty();
        assertThat(BearerTokenPolicy.refusal(headers("Basic YnV5ZXIxOmRlbW8="), NOW)).isEmpty();
        assertThat(BearerTokenPolicy.refusal(headers((String) null), NOW)).isEmpty();
    }

    @Test
    void the_first_bearer_header_is_the_one_checked_as_the_server_does() {
        String good = token("{\"exp\":" + (NOW + 60) + "}");
        String unbounded = token("{\"sub\":\"x\"}");

        assertThat(BearerTokenPolicy.refusal(headers("Basic abc", "Bearer " + good, "Bearer " + unbounded), NOW)).isEmpty();
        assertThat(BearerTokenPolicy.refusal(headers("Bearer " + unbounded, "Bearer " + good), NOW)).isPresent();
    }

    @Test
    void it_knows_a_bearer_token_when_it_sees_one() {
        assertThat(BearerTokenPolicy.presentsBearerToken(headers("Bearer abc"))).isTrue();
        assertThat(BearerTokenPolicy.presentsBearerToken(headers("Basic abc", "bearer x.y.z"))).isTrue();
        assertThat(BearerTokenPolicy.presentsBearerToken(headers("Basic abc"))).isFalse();
        assertThat(BearerTokenPolicy.presentsBearerToken(headers("Bearer"))).isFalse();
        assertThat(BearerTokenPolicy.presentsBearerToken(headers())).isFalse();
    }
}
