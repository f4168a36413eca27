package org.arbiter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.undertow.Undertow;

import org.arbiter.shared.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Unreadable credentials on a real Undertow server over real HTTP, in front of a stand-in for the application that
 * answers 200 to whatever reaches it. Requests are written by hand: HTTP clients will not send some of these.
 */
class MalformedCredentialsTest {

    private Undertow server;
    private int port;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void basicCredentialsThatAreNotBase64OfUserColonPasswordGetA401ProblemWithTheChallenge() throws IOException {
        start(SignIn.BASIC);
        // Unpadded, WildFly's decoder throws too: refused here, as Elytron would fail on it.
        for (String header : List.of("Basic !!!notbase64", "Basic ====", "Basic Y", "BASIC " + base64("no-colon-here"),
                "Basic " + base64("buyer1:demo").replace("=", ""), "Basic " + base64("buyer1:demo").substring(1),
                "Basic YWJj!")) {
            String answer = send("GET /api/v1/ledger/tree-head HTTP/1.1\r\nHost: x\r\nAuthorization: " + header
                    + "\r\nConnection: close\r\n\r\n");

            assertThat(answer).as(header).startsWith("HTTP/1.1 401 ")
                    .containsIgnoringCase("WWW-Authenticate: Basic realm=\"Arbiter\"")
                    .containsIgnoringCase("Content-Type: application/problem+json");
            JsonNode problem = Json.mapper().readTree(body(answer));
            assertThat(problem.path("type").asText()).isEqualTo("/problems/unauthenticated");
            assertThat(problem.path("status").asInt()).isEqualTo(401);
            assertThat(problem.path("detail").asText()).isEqualTo("the Basic credentials are not base64 of user:password");
            assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/ledger/tree-head");
        }
    }

    @Test
    void twoAuthorizationHeadersAreRefusedWhateverTheyHold() throws IOException {
        start(SignIn.BEARER);
        String answer = send("GET /api/v1/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + base64("buyer1:demo")
                + "\r\nAuthorization: Basic " + base64("supervisor1:demo") + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 401 ").containsIgnoringCase("WWW-Authenticate: Bearer realm=\"Arbiter\"");
        assertThat(Json.mapper().readTree(body(answer)).path("detail").asText())
                .isEqualTo("send one Authorization header, not 2");
    }

    @Test
    void wellFormedCredentialsBearerTokensAndNoCredentialsGoOnToTheApplication() throws IOException {
        start(SignIn.BASIC);
        for (String headers : List.of("Authorization: Basic " + base64("buyer1:demo") + "\r\n",
                "Authorization: basic " + base64("someone:pass:with:colons") + "\r\n",
                // What WildFly's decoder accepts: anything after the padding is ignored; "Basic" alone is no credentials.
                "Authorization: Basic " + base64("buyer1:demo") + "extra\r\n", "Authorization: Basic\r\n",
                "Authorization: Bearer not.a.token\r\n", "")) {
            String answer = send("GET /api/v1/cases HTTP/1.1\r\nHost: x\r\n" + headers + "Connection: close\r\n\r\n");

            assertThat(answer).as(headers).startsWith("HTTP/1.1 200 ").endsWith("reached the application");
        }
    }

    private void start(SignIn signIn) {
        server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(new MalformedCredentials(signIn).wrap(exchange -> exchange.getResponseSender()
                        .send("reached the application")))
                .build();
        server.start();
        port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
