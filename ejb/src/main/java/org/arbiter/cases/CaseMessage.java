package org.arbiter.cases;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.arbiter.api.vocabulary.MessageKind;
import org.arbiter.api.vocabulary.Role;

/** What a party or a specialist wrote on a case: a statement, a question, an answer. Immutable. */
@Entity
@Table(name = "case_message")
public class CaseMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_message_seq")
    @SequenceGenerator(name = "case_message_seq", sequenceName = "case_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private MessageKind kind;

    @Column(name = "author", nullable = false, updatable = false, length = 64)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, updatable = false, length = 16)
    private Role authorRole;

    @Column(name = "text", nullable = false, updatable = false, length = 10000)
    private String text;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected CaseMessage() {
        // for JPA
    }

    CaseMessage(Long caseId, MessageKind kind, String author, Role authorRole, String text, Instant writtenAt) {
        this.caseId = Objects.requireNonNull(caseId);
        this.kind = Objects.requireNonNull(kind);
        this.author = Objects.requireNonNull(author);
        this.authorRole = Objects.requireNonNull(authorRole);
        this.text = Objects.requireNonNull(text);
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public Role getAuthorRole() {
        return authorRole;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
