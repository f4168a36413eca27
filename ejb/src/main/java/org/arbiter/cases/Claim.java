package org.arbiter.cases;

import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.arbiter.api.vocabulary.Remedy;
import org.arbiter.shared.Money;

/**
 * What the complainant says and asks for. The description is stored already screened: personal numbers
 * never reach the database.
 */
@Embeddable
public class Claim {

    @Column(name = "description", nullable = false, length = 10000)
    private String description;

    /** SHA-256 of the normalised description: finds the same complaint filed twice. */
    @Column(name = "description_hash", nullable = false, length = 64)
    private String descriptionHash;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "claimed_amount", nullable = false, precision = 16, scale = 4)),
        @AttributeOverride(name = "currency", column = @Column(name = "claimed_currency", nullable = false, length = 3))
    })
    private Money claimed;

    @Enumerated(EnumType.STRING)
    @Column(name = "desired_remedy", nullable = false, length = 24)
    private Remedy desiredRemedy;

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    protected Claim() {
        // for JPA
    }

    public Claim(ComplaintText text, Money claimed, Remedy desiredRemedy, String language) {
        this.description = text.screened();
        this.descriptionHash = text.fingerprint();
        this.claimed = Objects.requireNonNull(claimed);
        this.desiredRemedy = Objects.requireNonNull(desiredRemedy);
        this.language = Objects.requireNonNull(language);
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionHash() {
        return descriptionHash;
    }

    public Money getClaimed() {
        return claimed;
    }

    public Remedy getDesiredRemedy() {
        return desiredRemedy;
    }

    public String getLanguage() {
        return language;
    }
}
