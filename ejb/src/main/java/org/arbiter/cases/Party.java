package org.arbiter.cases;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.arbiter.api.vocabulary.PartySide;

/** A party to a case: a marketplace user on one side of the order. */
@Embeddable
public class Party {

    @Column(name = "user_id", nullable = false, length = 64)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 8)
    private PartySide side;

    protected Party() {
        // for JPA
    }

    public Party(String userId, PartySide side) {
        this.userId = Objects.requireNonNull(userId);
        this.side = Objects.requireNonNull(side);
    }

    public String getUserId() {
        return userId;
    }

    public PartySide getSide() {
        return side;
    }

    public boolean is(String user) {
        return userId.equals(user);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Party other && userId.equals(other.userId) && side == other.side;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, side);
    }
}
