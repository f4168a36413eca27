package org.arbiter.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void detectsChineseEvenWithLatinOrderNumbersInside() {
        assertThat(Languages.detect("订单 O-2231 的快递一直没到，SF 单号查不到")).isEqualTo("zh");
        assertThat(Languages.detect("The parcel never arrived")).isEqualTo("en");
        assertThat(Languages.detect("12345")).isEqualTo("en");
    }

    @Test
    void theRequestedLanguageWinsWhenSpoken() {
        assertThat(Languages.resolve("zh-CN", "parcel")).isEqualTo("zh");
        assertThat(Languages.resolve("EN", "快递没到")).isEqualTo("en");
        assertThat(Languages.resolve("fr", "快递没到")).isEqualTo("zh");
        assertThat(Languages.resolve(null, "parcel")).isEqualTo("en");
    }
}
