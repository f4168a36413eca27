package org.arbiter.intake;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.arbiter.shared.LocalTimes;

/** Intake limits from configuration. */
@ApplicationScoped
public class IntakeSettings {

    @Inject
    @ConfigProperty(name = "arbiter.intake.description.min-length")
    int descriptionMinLength;

    @Inject
    @ConfigProperty(name = "arbiter.intake.description.max-length")
    int descriptionMaxLength;

    @Inject
    @ConfigProperty(name = "arbiter.intake.display-zones")
    List<String> displayZones;

    public int descriptionMinLength() {
        return descriptionMinLength;
    }

    public int descriptionMaxLength() {
        return descriptionMaxLength;
    }

    /**
     * The time zone each language's readers are shown due times in ({@code arbiter.intake.display-zones},
     * {@code language:zone} pairs such as {@code zh:Asia/Shanghai}); a language not named reads UTC.
     */
    public Map<String, ZoneId> displayZones() {
        return LocalTimes.parseZones(displayZones);
    }
}
