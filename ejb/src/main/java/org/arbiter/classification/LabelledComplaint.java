package org.arbiter.classification;

import java.util.Objects;

import org.arbiter.api.vocabulary.ComplaintType;

/** A complaint text with the type a person gave it: one training example. */
public record LabelledComplaint(ComplaintType type, String language, String text) {

    public LabelledComplaint {
        Objects.requireNonNull(type);
        Objects.requireNonNull(language);
        Objects.requireNonNull(text);
    }
}
