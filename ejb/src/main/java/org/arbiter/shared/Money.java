package org.arbiter.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An amount in a currency. Immutable; never a binary float. The scale is the currency's own (2 for CNY,
 * 0 for JPY), so "199.00 CNY" and "199 CNY" are the same money and "1.005 CNY" is not money at all.
 */
@Embeddable
public class Money implements Comparable<Money> {

    @Column(name = "amount", nullable = false, precision = 16, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency.getCurrencyCode();
    }

    /**
     * Parses a decimal string such as {@code "199.00"} in the given ISO-4217 currency.
     *
     * @throws InvalidValueException when the currency is unknown, the amount has more decimals than the
     *                               currency allows, or the text is not a plain decimal
     */
    public static Money parse(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Currency currency = currencyOf(currencyCode);
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("is not a decimal number");
        }
        return of(value, currency);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        if (amount.signum() < 0) {
            throw new InvalidValueException("must not be negative");
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw new InvalidValueException("has more than " + digits + " decimal places for " + currency);
        }
        BigDecimal scaled = amount.setScale(digits);
        if (scaled.precision() - scaled.scale() > 12) {
            throw new InvalidValueException("is too large");
        }
        return new Money(scaled, currency);
    }

    public static Currency currencyOf(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidValueException("is not an ISO-4217 currency code");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("is not an ISO-4217 currency code");
        }
    }

    public BigDecimal getAmount() {
        return amount.setScale(Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0));
    }

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    /** Compares amounts of the same currency; other currencies are not comparable. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    private void requireSameCurrency(Money other) {
        if (!sameCurrencyAs(other)) {
            throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
        }
    }

    /** The amount as the API writes it: a plain decimal string at the currency's scale. */
    public String toPlainString() {
        return getAmount().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return toPlainString() + " " + currency;
    }
}
