package org.arbiter.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTheCurrencysScale() {
        assertThat(Money.parse("199", "CNY").toPlainString()).isEqualTo("199.00");
        assertThat(Money.parse("199.5", "USD").toPlainString()).isEqualTo("199.50");
        assertThat(Money.parse("1500", "JPY").toPlainString()).isEqualTo("1500");
    }

    @Test
    void sameAmountWrittenDifferentlyIsEqual() {
        assertThat(Money.parse("199", "CNY")).isEqualTo(Money.parse("199.00", "CNY"))
                .hasSameHashCodeAs(Money.parse("199.0", "CNY"));
        assertThat(Money.parse("199", "CNY")).isNotEqualTo(Money.parse("199", "USD"));
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.parse("1.005", "CNY")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2 decimal places");
        assertThatThrownBy(() -> Money.parse("10.5", "JPY")).isInstanceOf(InvalidValueException.class);
        assertThat(Money.parse("1.500", "CNY").toPlainString()).isEqualTo("1.50");
    }

    @Test
    void refusesNegativeUnknownAndMalformed() {
        assertThatThrownBy(() -> Money.parse("-1", "CNY")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.parse("1e3", "XXY")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.parse("12,00", "CNY")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.parse("1", "cny")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.parse("1", null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.parse("1234567890123", "CNY")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void comparesOnlyWithinACurrency() {
        assertThat(Money.parse("200", "CNY").isGreaterThan(Money.parse("199.99", "CNY"))).isTrue();
        assertThat(Money.parse("0", "CNY").isPositive()).isFalse();
        assertThatThrownBy(() -> Money.parse("1", "CNY").compareTo(Money.parse("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
