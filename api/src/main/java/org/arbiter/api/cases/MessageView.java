package org.arbiter.api.cases;

import java.time.Instant;

import org.arbiter.api.vocabulary.MessageKind;
import org.arbiter.api.vocabulary.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statement, question or answer on a case. */
@Schema(name = "Message")
public record MessageView(MessageKind kind, String author, Role authorRole, String text, Instant writtenAt) {
}
