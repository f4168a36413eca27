package org.arbiter.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import org.arbiter.integration.IntegrationSettings.Mode;
import org.arbiter.integration.http.MarketplaceClient;
import org.junit.jupiter.api.Test;

/** Which adapters answer the ports, and a wrong HTTP setting named before any request. */
class IntegrationSettingsTest {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    @Test
    void theShippedDefaultIsTheSnapshotsSoTheDemoNeedsNothing() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }

        assertThat(Mode.parse(config.getProperty("arbiter.integration.mode"))).isEqualTo(Mode.SNAPSHOTS);
        assertThat(config.getProperty("arbiter.integration.http.base-url")).isEmpty();
        assertThat(Duration.parse(config.getProperty("arbiter.integration.http.connect-timeout"))).isPositive();
        assertThat(Duration.parse(config.getProperty("arbiter.integration.http.read-timeout"))).isPositive();
    }

    @Test
    void theModeIsReadInAnyCaseAndAnythingElseIsNamed() {
        assertThat(Mode.parse(" HTTP ")).isEqualTo(Mode.HTTP);
        assertThat(Mode.parse("snapshots")).isEqualTo(Mode.SNAPSHOTS);
        assertThatThrownBy(() -> Mode.parse("grpc")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("arbiter.integration.mode is 'grpc'");
    }

    @Test
    void theHttpModeNeedsAnHttpBaseUrlAndPositiveTimeouts() {
        assertThatThrownBy(() -> IntegrationSettings.config(Optional.empty(), Optional.empty(), TWO_SECONDS, TWO_SECONDS))
                .hasMessageContaining("arbiter.integration.http.base-url is not set");
        assertThatThrownBy(() -> IntegrationSettings.config(Optional.of("ftp://market.example"), Optional.empty(),
                TWO_SECONDS, TWO_SECONDS)).hasMessageContaining("must be an http or https URL");
        assertThatThrownBy(() -> IntegrationSettings.config(Optional.of("market.example/api"), Optional.empty(),
                TWO_SECONDS, TWO_SECONDS)).hasMessageContaining("must be an http or https URL");
        assertThatThrownBy(() -> IntegrationSettings.config(Optional.of("https://market.example"), Optional.empty(),
                Duration.ZERO, TWO_SECONDS)).hasMessageContaining("must be positive");

        MarketplaceClient.Config config = IntegrationSettings.config(Optional.of(" https://market.example/api "),
                Optional.of(" secret-token "), TWO_SECONDS, Duration.ofSeconds(5));
        assertThat(config.baseUrl()).hasToString("https://market.example/api");
        assertThat(config.token()).contains("secret-token");
        assertThat(config.toString()).doesNotContain("secret-token");
        assertThat(IntegrationSettings.config(Optional.of("http://localhost:9090"), Optional.of(" "), TWO_SECONDS,
                TWO_SECONDS).token()).isEmpty();
    }
}
