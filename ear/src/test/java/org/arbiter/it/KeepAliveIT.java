package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One HTTP/1.1 connection carries request after request, whatever each was answered: the server hands every
 * finished exchange's connection back to its I/O thread ({@code org.arbiter.web.http.KeepAliveHandBack}), and a
 * connection it dropped or never read again would leave a keep-alive client hanging. Written on a plain socket, so
 * that no client library reconnects behind the test's back.
 */
@ExtendWith(ArquillianExtension.class)
class KeepAliveIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    @Test
    void oneConnectionCarriesEveryKindOfAnswer() throws Exception {
        String order = Orders.push("buyer1", "seller1", "120.00");
        String complaint = Api.JSON.writeValueAsString(
                Orders.complaint(order, "The parcel was marked delivered but never reached me.", "120.00"));

        try (Connection connection = Connection.open()) {
            // A filing (admitted through the intake limit), a read, a refusal by the application, one by the
            // container's security, and a body that is not JSON: each answered on the same socket.
            assertThat(connection.send(post("buyer1", "/api/v1/complaints", complaint)).status).isEqualTo(201);
            assertThat(connection.send(get("buyer1", "/api/v1/cases?limit=1")).status).isEqualTo(200);
            assertThat(connection.send(get("buyer1", "/api/v1/nothing-here")).status).isEqualTo(404);
            assertThat(connection.send(get(null, "/api/v1/cases")).status).isEqualTo(401);
            assertThat(connection.send(post("buyer1", "/api/v1/complaints", "{\"orderId\":")).status).isEqualTo(400);
            Answer last = connection.send(get("buyer1", "/api/v1/cases?limit=1"));

            assertThat(last.status).isEqualTo(200);
            assertThat(last.body).startsWith("{\"items\":[");
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        try (Connection connection = Connection.open()) {
            // Sent in one write: the second request is read together with the first, before the first is answered.
            connection.write(get("specialist1", "/api/v1/cases?limit=1") + get("specialist1", "/api/v1/nothing-here")
                    + get("specialist1", "/api/v1/cases?limit=2"));

            assertThat(List.of(connection.read().status, connection.read().status, connection.read().status))
                    .containsExactly(200, 404, 200);
            assertThat(connection.send(get("specialist1", "/api/v1/cases?limit=1")).status).isEqualTo(200);
        }
    }

    @Test
    void manyFilingsInARowOnOneConnection() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        try (Connection connection = Connection.open()) {
            for (int i = 0; i < 20; i++) {
                String order = Orders.push("buyer2", "seller2", "30.00");
                String complaint = Api.JSON.writeValueAsString(
                        Orders.complaint(order, "The item never arrived although it shows as signed for.", "30.00"));
                statuses.add(connection.send(post("buyer2", "/api/v1/complaints", complaint)).status);
            }
        }

        assertThat(statuses).hasSize(20).containsOnly(201);
    }

    private static String get(String user, String path) {
        return request("GET", user, path, null);
    }

    private static String post(String user, String path, String json) {
        return request("POST", user, path, json);
    }

    private static String request(String method, String user, String path, String json) {
        URI base = URI.create(Api.baseUrl());
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Accept: application/json\r\n");
        if (user != null) {
            request.append("Authorization: ").append(Api.basic(user, Api.PASSWORD)).append("\r\n");
        }
        if (json != null) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            request.append("Content-Type: application/json\r\nIdempotency-Key: ").append(Api.unique("K")).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n\r\n").append(json);
        } else {
            request.append("\r\n");
        }
        return request.toString();
    }

    private record Answer(int status, String body) {
    }

    /** One client connection, read answer by answer (Content-Length or chunked bodies). */
    private static final class Connection implements AutoCloseable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        private Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        static Connection open() throws IOException {
            URI base = URI.create(Api.baseUrl());
            Socket socket = new Socket(base.getHost(), base.getPort());
            // A connection the server stopped reading fails the test in seconds instead of hanging it.
            socket.setSoTimeout(20_000);
            return new Connection(socket);
        }

        Answer send(String request) throws IOException {
            write(request);
            return read();
        }

        void write(String requests) throws IOException {
            out.write(requests.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        Answer read() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            int length = 0;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring("content-length:".length()).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            assertThat(closes).as("the server closes the connection after " + statusLine).isFalse();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                line();
            } else {
                body.write(in.readNBytes(length));
            }
            return new Answer(status, body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
