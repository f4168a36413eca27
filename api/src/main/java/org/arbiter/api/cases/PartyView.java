package org.arbiter.api.cases;

import org.arbiter.api.vocabulary.PartySide;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party to a case. */
@Schema(name = "Party")
public record PartyView(String userId, PartySide side) {
}
