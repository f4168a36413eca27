package org.arbiter.evidence.content;

import static org.arbiter.evidence.content.ImageEndTest.concat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCharsetTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String CHINESE_CHAT = "2026-11-03 14:05:09 买家: 你好，包裹显示已签收但我没有收到，请帮我查一下物流。\n"
            + "2026-11-03 14:06:30 卖家: 请稍等，我联系一下快递员，看看是不是放在快递柜里了。\n";
    private static final String GERMAN_CHAT = "2026-11-25 10:00:01 Käufer: Grüße aus München, die Straße ist falsch. "
            + "Schöne Grüße, Jürgen Müller\n";

    @TempDir
    Path directory;

    private static Optional<Charset> ofHead(byte[] head) {
        return TextCharset.ofHead(head, head.length);
    }

    private Optional<Charset> ofFile(byte[] bytes) throws IOException {
        Path file = Files.write(directory.resolve("export-" + System.nanoTime()), bytes);
        return TextCharset.ofFile(file);
    }

    /** The head the sniffer reads of a long export: its first 64 KiB, which may end inside a character. */
    private static byte[] headOf(String text, Charset charset, int skip) {
        byte[] all = text.getBytes(charset);
        return Arrays.copyOfRange(all, skip, skip + ContentSniffer.HEAD_BYTES);
    }

    @Test
    void aByteOrderMarkNamesTheCharset() {
        assertThat(ofHead(("\uFEFF" + CHINESE_CHAT).getBytes(StandardCharsets.UTF_16LE))).contains(StandardCharsets.UTF_16);
        assertThat(ofHead(("\uFEFF" + CHINESE_CHAT).getBytes(StandardCharsets.UTF_16BE))).contains(StandardCharsets.UTF_16);
        assertThat(ofHead(("\uFEFF" + CHINESE_CHAT).getBytes(StandardCharsets.UTF_8))).contains(StandardCharsets.UTF_8);
    }

    @Test
    void chineseAndWesternExportsWithoutAMarkAreToldApart() {
        assertThat(ofHead(CHINESE_CHAT.getBytes(StandardCharsets.UTF_8))).contains(StandardCharsets.UTF_8);
        assertThat(ofHead("buyer: ok".getBytes(StandardCharsets.US_ASCII))).contains(StandardCharsets.UTF_8);
        assertThat(ofHead(CHINESE_CHAT.getBytes(GB18030))).contains(GB18030);
        String traditional = "2026-11-03 14:05 買家: 你好，包裹顯示已簽收但我沒有收到，請幫我查一下物流。\n"
                + "2026-11-03 14:06 賣家: 請稍等，我聯繫一下快遞員，看看是不是放在快遞櫃裡了。\n";
        assertThat(ofHead(traditional.getBytes(Charset.forName("Big5")))).contains(Charset.forName("Big5"));
        // Two Chinese characters in a JSON export are too few for a detector's frequencies (Thai, it says).
        assertThat(ofHead("[{\"text\":\"你好\"}]".getBytes(GB18030))).contains(GB18030);
        // German is valid GB18030 byte for byte ("ü" and the letter after it make a rare Chinese character), and
        // long German text reads to the detector as Mac Cyrillic: its characters are not GB2312's.
        byte[] german = GERMAN_CHAT.repeat(40).getBytes(WINDOWS_1252);
        assertThat(new String(german, GB18030)).doesNotContain("\uFFFD");
        assertThat(ofHead(german)).contains(WINDOWS_1252);
        assertThat(ofHead("Ça coûte 10€ — “quoted”, déjà payé.\n".getBytes(WINDOWS_1252))).contains(WINDOWS_1252);
    }

    /** A long export's head ends wherever 64 KiB end, inside a character as often as not. */
    @Test
    void aHeadCutInsideACharacterIsStillItsCharset() {
        String longChinese = CHINESE_CHAT.repeat(600);
        for (int skip = 0; skip < 4; skip++) {
            assertThat(ofHead(headOf(longChinese, StandardCharsets.UTF_8, skip))).as("UTF-8, cut " + skip)
                    .contains(StandardCharsets.UTF_8);
            assertThat(ofHead(headOf(longChinese, GB18030, skip))).as("GB18030, cut " + skip).contains(GB18030);
        }
        // In UTF-16 the cut may split a surrogate pair: here the head ends after the high half of an emoji.
        String pairAtTheCut = "\uFEFF" + "a".repeat(ContentSniffer.HEAD_BYTES / 2 - 2) + "\uD83D\uDE00 ok";
        byte[] utf16 = Arrays.copyOf(pairAtTheCut.getBytes(StandardCharsets.UTF_16LE), ContentSniffer.HEAD_BYTES);
        assertThat(ofHead(utf16)).contains(StandardCharsets.UTF_16);
    }

    /**
     * What a real export may carry is no reason to refuse it or to read all of it in another charset: an export cut
     * off inside its last character, one stray byte, a vertical tab pasted from a word processor, an escape.
     */
    @Test
    void aFewStrayBytesAndControlsDoNotChangeTheCharset() throws IOException {
        byte[] utf8 = CHINESE_CHAT.getBytes(StandardCharsets.UTF_8);
        // Without its line break and the last byte of its full stop.
        assertThat(ofFile(Arrays.copyOf(utf8, utf8.length - 2))).contains(StandardCharsets.UTF_8);
        byte[] oneStrayByte = utf8.clone();
        oneStrayByte[30] = (byte) 0xFF;
        assertThat(ofFile(oneStrayByte)).contains(StandardCharsets.UTF_8);
        assertThat(ofFile(("buyer: line one\u000Bline two \u001B[0m\n" + CHINESE_CHAT).getBytes(StandardCharsets.UTF_8)))
                .contains(StandardCharsets.UTF_8);
        // But a few accented letters in English are no UTF-8: nothing else in the text is.
        byte[] nearlyAscii = ("The buyer wrote that the caf\u00e9 was closed.\n".repeat(3)
                + "2026-11-03 14:05 buyer: where is my parcel?\n".repeat(100)).getBytes(WINDOWS_1252);
        assertThat(ofFile(nearlyAscii)).contains(WINDOWS_1252);
        // Emoji are four bytes in GB18030 and GB2312 has none: they count neither way.
        assertThat(ofFile(("好的😀👍 收到了🎉\n".repeat(20)).getBytes(GB18030))).contains(GB18030);
    }

    @Test
    void manyControlsOrAnyNulAreNoText() throws IOException {
        assertThat(ofFile(("buyer: \u0007\u0007\u0007 ding".repeat(20)).getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ofFile((CHINESE_CHAT + "\u0000").getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void binaryBytesAreNoTextWhateverMarkOpensThem() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertThat(ofHead(random)).isEmpty();
        assertThat(ofHead(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, random))).isEmpty();
        assertThat(ofHead(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, random))).isEmpty();
        assertThat(ofHead(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[100]))).as("NULs").isEmpty();
        // An unpaired surrogate is no UTF-16 text.
        assertThat(ofHead(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41, 0x00})).isEmpty();
    }

    /** The stored file is judged whole: its head may be ASCII and its rest Chinese, or binary. */
    @Test
    void theWholeFileDecidesNotItsHead() throws IOException {
        byte[] asciiHead = "2026-11-25 10:00:01 buyer: hello\n".repeat(2100).getBytes(StandardCharsets.US_ASCII);
        assertThat(asciiHead.length).isGreaterThan(ContentSniffer.HEAD_BYTES);
        String chineseTail = "2026-11-25 10:01:00 卖家：已经放到快递柜了\n".repeat(50);

        assertThat(ofFile(concat(asciiHead, chineseTail.getBytes(GB18030)))).contains(GB18030);
        assertThat(ofFile(concat(asciiHead, chineseTail.getBytes(StandardCharsets.UTF_8)))).contains(StandardCharsets.UTF_8);
        assertThat(ofFile(concat(asciiHead, GERMAN_CHAT.repeat(30).getBytes(WINDOWS_1252)))).contains(WINDOWS_1252);
        byte[] random = new byte[20_000];
        new Random(11).nextBytes(random);
        assertThat(ofFile(concat(asciiHead, random))).isEmpty();
        assertThat(ofFile(concat(asciiHead, new byte[2000]))).isEmpty();
        // A garbage tail without NULs or controls, behind a text head long enough to outweigh it on average: each
        // stretch of the text must be text.
        byte[] highBytes = new byte[4096];
        byte[] printableBytes = new byte[4096];
        Random garbage = new Random(3);
        for (int i = 0; i < highBytes.length; i++) {
            highBytes[i] = (byte) (0x80 + garbage.nextInt(0x80));
            printableBytes[i] = (byte) (0x20 + garbage.nextInt(0xE0));
        }
        byte[] longHead = "2026-11-05 10:00:00 buyer: hello, where is my parcel?\n".repeat(2000)
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(ofFile(concat(longHead, highBytes))).isEmpty();
        assertThat(ofFile(concat(longHead, printableBytes))).isEmpty();
    }
}
