package org.arbiter.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

import org.junit.jupiter.api.Test;

class UploadBodyTest {

    /** The first bytes arrive, then the client hangs up, as Undertow reports it. */
    private static InputStream hangsUpAfter(String sent) {
        InputStream hungUp = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("UT000128: Remote peer closed connection before all data could be read");
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(sent.getBytes()), hungUp);
    }

    @Test
    void aBodyThatEndsEarlyIsTheClientsBreakOff() throws IOException {
        InputStream body = new UploadBody(hangsUpAfter("%PDF-1.7"));

        assertThat(body.readNBytes(8)).asString().isEqualTo("%PDF-1.7");
        assertThatThrownBy(() -> body.readNBytes(64)).isInstanceOf(UploadBody.BrokenOff.class)
                .hasRootCauseMessage("UT000128: Remote peer closed connection before all data could be read");
        assertThatThrownBy(body::read).isInstanceOf(UploadBody.BrokenOff.class);
        assertThatThrownBy(() -> body.skip(10)).isInstanceOf(UploadBody.BrokenOff.class);
    }

    @Test
    void aWholeBodyReadsAsItWasSent() throws IOException {
        InputStream body = new UploadBody(new ByteArrayInputStream("a whole file".getBytes()));

        assertThat(body.readAllBytes()).asString().isEqualTo("a whole file");
        assertThat(body.read()).isEqualTo(-1);
    }
}
