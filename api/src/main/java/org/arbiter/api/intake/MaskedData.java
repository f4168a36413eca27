package org.arbiter.api.intake;

import org.arbiter.api.vocabulary.SensitiveDataKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many numbers of one kind were masked in the complaint's text. */
@Schema(name = "MaskedData")
public record MaskedData(SensitiveDataKind kind, int count) {
}
