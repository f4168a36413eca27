package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustodyEntryTest {

    static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Instant AT = Instant.parse("2026-11-23T05:00:00.123Z");

    static CustodyEntry entry(String detail) {
        return new CustodyEntry("2026112300001", 1, "SUBMITTED", "17", HASH, "buyer1", "BUYER", AT, detail,
                CustodyEntry.GENESIS);
    }

    static final String CANONICAL = "arbiter-custody-entry/1\n"
            + "case: 2026112300001\n"
            + "seq: 1\n"
            + "event: SUBMITTED\n"
            + "evidence: 17\n"
            + "sha256: " + HASH + "\n"
            + "actor: buyer1\n"
            + "role: BUYER\n"
            + "at: 2026-11-23T05:00:00.123Z\n"
            + "detail: photo of the parcel\n"
            + "prev: 0000000000000000000000000000000000000000000000000000000000000000\n";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void canonicalText() {
        CustodyEntry entry = entry("photo of the parcel");
        assertThat(new String(entry.toBytes(), StandardCharsets.UTF_8)).isEqualTo(CANONICAL);
        assertThat(CustodyEntry.parse(utf8(CANONICAL))).isEqualTo(entry);
        assertThat(entry.hash()).isEqualTo(MerkleHash.sha256(utf8(CANONICAL)));
        assertThat(entry.hashHex()).isEqualTo(MerkleHash.hex(MerkleHash.sha256(utf8(CANONICAL))));
        assertThat(entry.leafHash()).isEqualTo(MerkleHash.leaf(utf8(CANONICAL)));
        assertThat(CustodyEntry.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void nullsAreDashesAndEmptyDetailKeepsTheSpace() {
        CustodyEntry entry = new CustodyEntry("C-1", 2, "VIEWED", null, null, "agent7", "AGENT", AT, "", HASH);
        String text = new String(entry.toBytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("\nevidence: -\n", "\nsha256: -\n", "\ndetail: \nprev: ");
        CustodyEntry parsed = CustodyEntry.parse(entry.toBytes());
        assertThat(parsed.evidenceId()).isNull();
        assertThat(parsed.sha256()).isNull();
        assertThat(parsed.detail()).isEmpty();
        assertThat(parsed).isEqualTo(entry);
        assertThat(new CustodyEntry("C-1", 2, "VIEWED", null, null, "agent7", "AGENT", AT, null, HASH))
                .isEqualTo(entry);
    }

    @Test
    void detailIsEscapedAndRoundTrips() {
        String detail = "line one\nline two\r\nC:\\path\\n (not a newline) — ünïcödé 🙂\ttab";
        CustodyEntry entry = entry(detail);
        String text = new String(entry.toBytes(), StandardCharsets.UTF_8);
        assertThat(text).contains(
                "\ndetail: line one\\nline two\\r\\nC:\\\\path\\\\n (not a newline) — ünïcödé 🙂\ttab\n");
        assertThat(text.split("\n")).hasSize(11);
        CustodyEntry parsed = CustodyEntry.parse(entry.toBytes());
        assertThat(parsed.detail()).isEqualTo(detail);
        assertThat(parsed.toBytes()).isEqualTo(entry.toBytes());
    }

    @Test
    void whatAnyReaderTakesForALineBreakIsEscapedToo() {
        // VT and FF come with text copied from documents, LS and PS from some phones' keyboards and from the web.
        String detail = "a\u000Bb\fc\u0085d\u2028e\u2029f\u001Cg\u0000h\u007Fi";
        CustodyEntry entry = entry(detail);
        String text = new String(entry.toBytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("\ndetail: a\\u000Bb\\u000Cc\\u0085d\\u2028e\\u2029f\\u001Cg\\u0000h\\u007Fi\n");
        assertThat(text.lines()).hasSize(11);
        assertThat(text.chars().filter(c -> Character.isISOControl(c) && c != '\n' || c == 0x2028 || c == 0x2029))
                .isEmpty();
        CustodyEntry parsed = CustodyEntry.parse(entry.toBytes());
        assertThat(parsed.detail()).isEqualTo(detail);
        assertThat(parsed.toBytes()).isEqualTo(entry.toBytes());
        // A backslash and a u in the text are not an escape.
        assertThat(CustodyEntry.parse(entry("C:\\u2028").toBytes()).detail()).isEqualTo("C:\\u2028");
    }

    @Test
    void instantIsTruncatedToMilliseconds() {
        CustodyEntry entry = new CustodyEntry("C-1", 1, "VIEWED", null, null, "a", "AGENT",
                Instant.parse("2026-11-23T05:00:00.123456789Z"), "", CustodyEntry.GENESIS);
        assertThat(entry.at()).isEqualTo(AT);
        CustodyEntry whole = new CustodyEntry("C-1", 1, "VIEWED", null, null, "a", "AGENT",
                Instant.parse("2026-11-23T05:00:00Z"), "", CustodyEntry.GENESIS);
        assertThat(new String(whole.toBytes(), StandardCharsets.UTF_8)).contains("\nat: 2026-11-23T05:00:00Z\n");
        assertThat(CustodyEntry.parse(whole.toBytes())).isEqualTo(whole);
    }

    @Test
    void constructorValidatesFields() {
        assertInvalid(() -> new CustodyEntry(" ", 1, "E", null, null, "a", "R", AT, "", HASH), "case");
        assertInvalid(() -> new CustodyEntry("C 1", 1, "E", null, null, "a", "R", AT, "", HASH), "case");
        assertInvalid(() -> new CustodyEntry("C", 0, "E", null, null, "a", "R", AT, "", HASH), "seq");
        assertInvalid(() -> new CustodyEntry("C", 1, "", null, null, "a", "R", AT, "", HASH), "event");
        assertInvalid(() -> new CustodyEntry("C", 1, "E\n", null, null, "a", "R", AT, "", HASH), "event");
        assertInvalid(() -> new CustodyEntry("C", 1, "E", "-", null, "a", "R", AT, "", HASH), "evidence");
        assertInvalid(() -> new CustodyEntry("C", 1, "E", "1 2", null, "a", "R", AT, "", HASH), "evidence");
        assertInvalid(() -> new CustodyEntry("C", 1, "E", null, HASH.toUpperCase(), "a", "R", AT, "", HASH),
                "sha256");
        assertInvalid(() -> new CustodyEntry("C", 1, "E", null, null, "buyer one", "R", AT, "", HASH), "actor");
        assertInvalid(() -> new CustodyEntry("C", 1, "E", null, null, "a\u00a0b", "R", AT, "", HASH), "actor");
        assertInvalid(() -> new CustodyEntry("C", 1, "E", null, null, "a", null, AT, "", HASH), "role");
        assertInvalid(() -> new CustodyEntry("C", 1, "E", null, null, "a", "R", AT, "bad \ud800 surrogate", HASH),
                "surrogate");
        assertInvalid(() -> new CustodyEntry("C", 1, "E", null, null, "a", "R", AT, "", "0"), "prev");
        assertThatThrownBy(() -> new CustodyEntry("C", 1, "E", null, null, "a", "R", null, "", HASH))
                .isInstanceOf(NullPointerException.class);
    }

    private static void assertInvalid(Runnable constructor, String fragment) {
        assertThatThrownBy(constructor::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(fragment);
    }

    @Test
    void parseIsStrict() {
        assertRejected(CANONICAL.substring(0, CANONICAL.length() - 1), "line feed");
        assertRejected(CANONICAL.replace("\n", "\r\n"), "carriage return");
        assertRejected(CANONICAL.replace("arbiter-custody-entry/1", "arbiter-custody-entry/2"), "line 1");
        assertRejected(CANONICAL.replace("seq: 1", "seq: 01"), "line 3", "seq");
        assertRejected(CANONICAL.replace("seq: 1", "seq: 0"), "seq");
        assertRejected(CANONICAL.replace("seq: 1", "seq:  1"), "line 3");
        assertRejected(CANONICAL.replace("event: SUBMITTED\nevidence: 17\n", "evidence: 17\nevent: SUBMITTED\n"),
                "line 4", "event");
        assertRejected(CANONICAL.replace("sha256: " + HASH, "sha256: " + HASH.toUpperCase()), "sha256");
        assertRejected(CANONICAL.replace("at: 2026-11-23T05:00:00.123Z", "at: 2026-11-23T05:00:00.1230Z"),
                "canonical", "line 9", "at");
        assertRejected(CANONICAL.replace("at: 2026-11-23T05:00:00.123Z", "at: 2026-11-23 05:00"), "line 9", "at");
        assertRejected(CANONICAL.replace("detail: photo", "detail: \\tphoto"), "line 10", "escape");
        assertRejected(CANONICAL.replace("detail: photo", "detail: \u2028photo"), "canonical", "line 10");
        assertRejected(CANONICAL.replace("detail: photo", "detail: \\u000bphoto"), "canonical", "line 10");
        assertRejected(CANONICAL.replace("detail: photo", "detail: \\u0070hoto"), "canonical", "line 10");
        assertRejected(CANONICAL.replace("detail: photo", "detail: \\u00G0photo"), "line 10", "bad escape");
        assertRejected(CANONICAL.replace("detail: photo of the parcel", "detail: parcel\\u20"), "line 10",
                "cut-off");
        assertRejected(CANONICAL.replace("detail: photo of the parcel", "detail: trailing\\"), "line 10",
                "backslash");
        assertRejected(CANONICAL.replace("detail: photo of the parcel", "detail:photo"), "line 10", "detail");
        assertRejected(CANONICAL.replace("actor: buyer1", "actor: buyer 1"), "actor");
        assertRejected(CANONICAL + "extra: x\n", "line 12");
        assertRejected(CANONICAL.replace("prev: 0000000000000000000000000000000000000000000000000000000000000000\n",
                ""), "line 11", "prev");
        assertRejected("", "empty");
        assertThatThrownBy(() -> CustodyEntry.parse(new byte[] {'a', (byte) 0xff, '\n'}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UTF-8");
        byte[] bom = utf8("\uFEFF" + CANONICAL);
        assertThatThrownBy(() -> CustodyEntry.parse(bom)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("byte order mark");
    }

    private static void assertRejected(String text, String... fragments) {
        assertThatThrownBy(() -> CustodyEntry.parse(utf8(text))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(fragments);
    }

    @Test
    void chainLinksByHash() {
        CustodyEntry first = entry("one");
        CustodyEntry second = new CustodyEntry("2026112300001", 2, "VIEWED", "17", HASH, "agent7", "AGENT",
                AT.plusSeconds(60), "", first.hashHex());
        assertThat(second.prev()).isEqualTo(MerkleHash.hex(MerkleHash.sha256(first.toBytes())));
        assertThat(CustodyEntry.parse(second.toBytes()).prev()).isEqualTo(first.hashHex());
    }
}
