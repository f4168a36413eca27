package org.arbiter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped configuration holds DESIGN.md §3's numbers, and the accelerated demo only shortens known keys. */
class ConfigurationDefaultsTest {

    private static final Properties CONFIG = new Properties();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ConfigurationDefaultsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            CONFIG.load(in);
        }
    }

    private static Duration duration(String key) {
        return Duration.parse(CONFIG.getProperty(key));
    }

    @Test
    void serviceLevelsAreTheDesignsTable() {
        assertThat(duration("arbiter.sla.urgent.first-response")).isEqualTo(Duration.ofHours(1));
        assertThat(duration("arbiter.sla.urgent.resolution")).isEqualTo(Duration.ofHours(2));
        assertThat(duration("arbiter.sla.high.first-response")).isEqualTo(Duration.ofHours(24));
        assertThat(duration("arbiter.sla.high.resolution")).isEqualTo(Duration.ofHours(48));
        assertThat(duration("arbiter.sla.normal.first-response")).isEqualTo(Duration.ofHours(48));
        assertThat(duration("arbiter.sla.normal.resolution")).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void windowsAndEscalationAreTheDesigns() {
        assertThat(duration("arbiter.window.respondent-evidence")).isEqualTo(Duration.ofHours(72));
        assertThat(duration("arbiter.escalation.l2-window")).isEqualTo(Duration.ofHours(48));
        assertThat(duration("arbiter.escalation.l3-window")).isEqualTo(Duration.ofHours(72));
        assertThat(CONFIG.getProperty("arbiter.deadlines.reminders")).isEqualTo("0.5,0.8");
    }

    @Test
    void theFastProfileShortensExistingClocksOnly() {
        var fastKeys = CONFIG.stringPropertyNames().stream().filter(key -> key.startsWith("%fast.")).toList();
        assertThat(fastKeys).isNotEmpty();
        for (String key : fastKeys) {
            String base = key.substring("%fast.".length());
            assertThat(CONFIG).as(key + " overrides a key that exists").containsKey(base);
            assertThat(duration(key)).as(key).isLessThan(duration(base));
        }
    }
}
