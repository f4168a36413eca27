package org.arbiter.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Intake limits from configuration. */
@ApplicationScoped
public class IntakeSettings {

    @Inject
    @ConfigProperty(name = "arbiter.intake.description.min-length")
    int descriptionMinLength;

    @Inject
    @ConfigProperty(name = "arbiter.intake.description.max-length")
    int descriptionMaxLength;

    public int descriptionMinLength() {
        return descriptionMinLength;
    }

    public int descriptionMaxLength() {
        return descriptionMaxLength;
    }
}
