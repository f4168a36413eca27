package org.arbiter.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who a courier's "signed by" note names, with the accepted signers the platform ships with
 * (microprofile-config.properties): whole words after folding case and full width, and never a note that names
 * someone else as well.
 */
class DeliverySignatureTest {

    private static ProtectionPolicy policy;

    @BeforeAll
    static void shippedPolicy() throws IOException {
        Properties config = new Properties();
        try (InputStream in = DeliverySignatureTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> accepted = Arrays.asList(config.getProperty("arbiter.protection.accepted-signers").split(","));
        policy = new ProtectionPolicy(Period.ofDays(15), Period.ofDays(90), accepted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "locker", "Locker #12", "LOCKER", "ｌｏｃｋｅｒ　１２", "parcel station", "Parcel-Station 3", "self",
            " SELF ", "ＳＥＬＦ", "self pickup", "signed in person", "本人", "本人签收", "已签收，签收人：本人",
            "收件人签收", "丰巢", "丰巢快递柜", "快递柜12号", "菜鸟驿站", "驿站代收", "小区代收点", "自提",
            "buyer1", "BUYER1", "非凡驿站"})
    void countsAsTheBuyers(String signedBy) {
        DeliverySignature signature = policy.signature(signedBy, "buyer1");

        assertThat(signature.byBuyer()).as(signedBy + " -> " + signature).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "非本人签收", "非本人", "不是本人签收", "他人代收", "代签", "门卫代收", "保安", "前台签收", "物业代收",
            "邻居", "本人不在，邻居代收", "家人代签", "同事", "丰巢快递柜（他人代取）", "not self", "NOT SELF",
            "non-self", "Selfridge", "selfie", "myself-ish", "someone else", "neighbour", "Zhang San (neighbour)",
            "left with the neighbor", "front desk", "Front-Desk", "security guard", "doorman", "reception",
            "on behalf of buyer1", "not buyer1", "buyer10", "lockers", "Zhang San", "张三", "代收", "signed"})
    void namesSomeoneElse(String signedBy) {
        DeliverySignature signature = policy.signature(signedBy, "buyer1");

        assertThat(signature.byBuyer()).as(signedBy + " -> " + signature).isFalse();
    }

    @Test
    void aNegationNamesSomeoneElseOnlyBeforeAnAcceptedSigner() {
        assertThat(policy.signature("非本人签收", "buyer1").others()).containsExactly("非本人");
        assertThat(policy.signature("not self", "buyer1").others()).containsExactly("not self");
        assertThat(policy.signature("非凡驿站", "buyer1").accepted()).containsExactly("驿站");
        assertThat(policy.signature("locker no. 12", "buyer1").byBuyer()).isTrue();
    }

    @Test
    void theFindingSaysWhichWordsDecided() {
        assertThat(policy.signature("他人代收", "buyer1").reason()).isEqualTo("'他人代收' names someone else (他人)");
        assertThat(policy.signature("Selfridge", "buyer1").reason())
                .isEqualTo("'Selfridge' names neither the buyer nor an accepted locker or station");
    }

    @Test
    void configuredPhrasesAreNormalisedTheSameWay() {
        ProtectionPolicy fullWidth = new ProtectionPolicy(Period.ofDays(15), Period.ofDays(90),
                List.of("  ＰＡＲＣＥＬ   Station ", ""));

        assertThat(fullWidth.acceptedSigners()).containsExactly("parcel station");
        assertThat(fullWidth.signedByBuyer("parcel-station", "b")).isTrue();
        assertThat(fullWidth.signedByBuyer("parcel", "b")).isFalse();
        assertThat(fullWidth.signedByBuyer("station", "b")).isFalse();
    }
}
