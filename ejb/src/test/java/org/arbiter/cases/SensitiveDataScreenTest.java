package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.arbiter.api.vocabulary.SensitiveDataKind;
import org.junit.jupiter.api.Test;

class SensitiveDataScreenTest {

    private final SensitiveDataScreen screen = new SensitiveDataScreen();

    @Test
    void masksAResidentIdentityNumberWithAValidCheckDigit() {
        ComplaintText text = screen.screen("我的身份证号是11010519491231002X，请核实");

        assertThat(text.screened()).isEqualTo("我的身份证号是**************002X，请核实");
        assertThat(text.masked()).isEqualTo(Map.of(SensitiveDataKind.RESIDENT_ID, 1));
    }

    @Test
    void masksIdentityNumbersWrittenInGroupsAndWithALowerCaseX() {
        ComplaintText text = screen.screen("ID 110105 19491231 002x here");

        assertThat(text.screened()).isEqualTo("ID ****** ******** 002x here");
    }

    @Test
    void leavesEighteenDigitsWithAWrongCheckDigitAlone() {
        ComplaintText text = screen.screen("reference 110105194912310021 please");

        assertThat(text.masked()).doesNotContainKey(SensitiveDataKind.RESIDENT_ID);
    }

    @Test
    void masksCardNumbersThatPassLuhnPlainOrGrouped() {
        ComplaintText text = screen.screen("paid with 4111111111111111, then 6222-0212-3456-7890-128 and 4000 0000 0000 0002");

        assertThat(text.screened())
                .isEqualTo("paid with ************1111, then ****-****-****-***0-128 and **** **** **** 0002");
        assertThat(text.masked()).isEqualTo(Map.of(SensitiveDataKind.BANK_CARD, 3));
    }

    @Test
    void leavesNumbersThatFailLuhnOrAreTooShortOrTooLong() {
        String original = "order 4111111111111112, phone 13800138000, long 41111111111111111111111";

        ComplaintText text = screen.screen(original);

        assertThat(text.screened()).isEqualTo(original);
        assertThat(text.masked()).isEmpty();
    }

    @Test
    void leavesTrackingNumbersGluedToLetters() {
        String original = "tracking SF4111111111111111 and JD4111111111111111X";

        assertThat(screen.screen(original).screened()).isEqualTo(original);
    }

    @Test
    void countsBothKindsTogether() {
        ComplaintText text = screen.screen("11010519491231002X 4111111111111111 4111 1111 1111 1111");

        assertThat(text.masked()).isEqualTo(Map.of(SensitiveDataKind.RESIDENT_ID, 1, SensitiveDataKind.BANK_CARD, 2));
        assertThat(text.screened()).doesNotContain("1101051949").doesNotContain("411111111111");
    }

    @Test
    void masksFullWidthDigitsAsAChineseInputMethodTypesThem() {
        ComplaintText text = screen.screen("我的银行卡号是６２２２０２１２３４５６７８９０１２８，身份证１１０１０５１９４９１２３１００２Ｘ，钱被盗了");

        assertThat(text.screened())
                .isEqualTo("我的银行卡号是＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊０１２８，身份证＊＊＊＊＊＊＊＊＊＊＊＊＊＊００２Ｘ，钱被盗了"
                        .replace('＊', '*'));
        assertThat(text.masked()).isEqualTo(Map.of(SensitiveDataKind.RESIDENT_ID, 1, SensitiveDataKind.BANK_CARD, 1));
    }

    @Test
    void masksGroupsSeparatedByDotsNoBreakAndIdeographicSpacesAndDashes() {
        ComplaintText text = screen.screen("cards 4111.1111.1111.1111, 4111\u00A01111\u00A01111\u00A01111, "
                + "4111\u30001111\u30001111\u30001111, 4111\u20131111\u20131111\u20131111, "
                + "４１１１－１１１１－１１１１－１１１１ and ID 110105\u00A019491231\u00A0002x");

        assertThat(text.masked()).isEqualTo(Map.of(SensitiveDataKind.BANK_CARD, 5, SensitiveDataKind.RESIDENT_ID, 1));
        assertThat(text.screened())
                .contains("****.****.****.1111", "****\u00A0****\u00A0****\u00A01111", "****－****－****－１１１１",
                        "******\u00A0********\u00A0002x")
                .doesNotContain("4111\u30001111");
    }

    @Test
    void masksDigitsOutsideTheBasicPlane() {
        // Mathematical bold digits are Unicode decimal digits too, two chars each.
        String card = "4111111111111111".codePoints().map(c -> 0x1D7CE + c - '0')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

        ComplaintText text = screen.screen("card " + card + " stolen");

        assertThat(text.masked()).isEqualTo(Map.of(SensitiveDataKind.BANK_CARD, 1));
        assertThat(text.screened()).startsWith("card ************").doesNotContain(card.substring(0, 8));
    }

    @Test
    void leavesFullWidthTrackingNumbersGluedToLettersAlone() {
        String original = "运单号ＳＦ４１１１１１１１１１１１１１１１已签收";

        assertThat(screen.screen(original).screened()).isEqualTo(original);
    }

    @Test
    void aCardNextToItsCvvExpiryOrAnOrderNumberIsStillFound() {
        for (String text : new String[] {"card 4111 1111 1111 1111 123", "card 4111111111111111 123",
                "card 4111 1111 1111 1111 12 25", "order 20261101 4111 1111 1111 1111", "v1.2 4111111111111111",
                "card 4111 - 1111 - 1111 - 1111", "card 4111  1111\t1111 1111", "card 4111 1111\r\n1111 1111"}) {
            ComplaintText screened = screen.screen(text);

            assertThat(screened.masked()).as(text).containsEntry(SensitiveDataKind.BANK_CARD, 1);
            assertThat(screened.screened()).as(text).doesNotContain("4111 1111").doesNotContain("41111111")
                    .contains("1111");
        }
    }

    @Test
    void residentIdsInOtherGroupingsAreFound() {
        for (String text : new String[] {"ID 110105-1949-1231-002X", "ID 110 105 1949 1231 002X",
                "ID 1101 0519 4912 3100 2X", "身份证：11010519491231002X。"}) {
            ComplaintText screened = screen.screen(text);

            assertThat(screened.masked()).as(text).isEqualTo(Map.of(SensitiveDataKind.RESIDENT_ID, 1));
            assertThat(screened.screened().replaceAll("[^0-9X]", "")).as(text).isEqualTo("002X");
        }
    }

    @Test
    void aCheckLetterSetOffFromTheDigitsIsStillTheIds() {
        for (String text : new String[] {"ID 11010519491231002 X", "身份证 110105 19491231 002 x 已核实",
                "ID 11010519491231002\u3000Ｘ."}) {
            ComplaintText screened = screen.screen(text);

            assertThat(screened.masked()).as(text).isEqualTo(Map.of(SensitiveDataKind.RESIDENT_ID, 1));
            assertThat(screened.screened()).as(text).doesNotContain("1101").doesNotContain("1949");
            assertThat(screened.screened().replaceAll("[^0-9Xx\uFF38]", "")).as(text).matches("002[Xx\uFF38]");
        }
        // A lone x after other numbers is a times sign or a letter: nothing valid, nothing masked.
        for (String original : new String[] {"order 12345678901234567 x 2 boxes", "box 30 x 40 x 50 cm",
                "card 4111 1111 1111 1111 x 2"}) {
            assertThat(screen.screen(original).masked()).as(original)
                    .isEqualTo(original.startsWith("card") ? Map.of(SensitiveDataKind.BANK_CARD, 1) : Map.of());
        }
    }

    @Test
    void invisibleCharactersBetweenTheGroupsDoNotHideANumber() {
        for (String joiner : new String[] {"\u200B", "\u00AD", "\u2060", "\u2212", "\u2003"}) {
            String text = "card 4111" + joiner + "1111" + joiner + "1111" + joiner + "1111";

            assertThat(screen.screen(text).masked()).as("U+%04X", (int) joiner.charAt(0))
                    .isEqualTo(Map.of(SensitiveDataKind.BANK_CARD, 1));
        }
    }

    @Test
    void aCardInsideOneLongerRunOfDigitsIsNotLookedFor() {
        // One group of 22 digits is an order or tracking number; masking 16 of them at random would hide it.
        String original = "order 4111111111111111123456 shipped";

        assertThat(screen.screen(original).screened()).isEqualTo(original);
    }

    @Test
    void phoneNumbersDatesAmountsAddressesAndOrderNumbersNextToEachOtherAreLeftAlone() {
        for (String original : new String[] {"13800138000 2025-11-01", "tel 13846793583 163.71", "2025.11.26 17.29 096.00",
                "订单号：190011507381517473", "192.168.1.1 10.0.0.1 172.16.0.1", "order 1000000000000000 (16 digits, 1…)",
                "+86 138 0013 8000 called on 2026-11-03 at 14.05"}) {
            ComplaintText screened = screen.screen(original);

            assertThat(screened.screened()).as(original).isEqualTo(original);
            assertThat(screened.masked()).as(original).isEmpty();
        }
    }

    @Test
    void moreWaysOfSeparatingTheGroupsAreRead() {
        for (String text : new String[] {"4111 1111\u000B1111 1111", "4111 1111\f1111 1111", "4111 1111\u20281111 1111",
                "4111·1111·1111·1111", "4111。1111。1111。1111", "card 4111 1111 1111 1111X"}) {
            ComplaintText screened = screen.screen(text);

            assertThat(screened.masked()).as(text).isEqualTo(Map.of(SensitiveDataKind.BANK_CARD, 1));
            assertThat(screened.screened()).as(text).doesNotContain("4111");
        }
    }

    @Test
    void anIdMustHaveARegionAndABirthDateThatExists() {
        // Valid check characters, but born on 13/45, or a 9 without a province after it: order numbers, not IDs.
        for (String notAnId : new String[] {"110105194913450016", "910105194912310029"}) {
            assertThat(SensitiveDataScreen.isResidentId(notAnId)).as(notAnId).isFalse();
        }
        assertThat(SensitiveDataScreen.isResidentId("11010519491231002X")).isTrue();
    }

    @Test
    void aForeignPermanentResidentsIdIsMaskedToo() {
        // The 2023 card: 9, the issuing province (31 Shanghai), the nationality (156), birth date, sequence, check.
        ComplaintText screened = new SensitiveDataScreen().screen("My permanent residence ID is 931156198001010028.");
        assertThat(screened.masked()).isEqualTo(Map.of(SensitiveDataKind.RESIDENT_ID, 1));
        assertThat(screened.screened()).isEqualTo("My permanent residence ID is **************0028.");
    }

    @Test
    void theFingerprintIgnoresCaseAndSpacing() {
        assertThat(screen.screen("Parcel  never\narrived").fingerprint())
                .isEqualTo(screen.screen("parcel never arrived ").fingerprint())
                .isNotEqualTo(screen.screen("parcel arrived").fingerprint());
    }
}
