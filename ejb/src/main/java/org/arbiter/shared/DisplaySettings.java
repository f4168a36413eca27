package org.arbiter.shared;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How readers are shown times: the zone of each language ({@code arbiter.display-zones}, {@code language:zone}
 * pairs such as {@code zh:Asia/Shanghai}; a language not named reads UTC). One setting and one {@link LocalTimes}
 * for the acknowledgement, the notices and the platform's case messages, so that a reader sees every time of a case
 * in the same zone.
 */
@ApplicationScoped
public class DisplaySettings {

    @Inject
    @ConfigProperty(name = "arbiter.display-zones")
    List<String> displayZones;

    private LocalTimes times;

    @PostConstruct
    void prepare() {
        times = new LocalTimes(LocalTimes.parseZones(displayZones));
    }

    public LocalTimes times() {
        return times;
    }
}
