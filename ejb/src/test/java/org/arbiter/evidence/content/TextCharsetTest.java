package org.arbiter.evidence.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TextCharsetTest {

    private static final String CHINESE_CHAT = "2026-11-03 14:05:09 买家: 你好，包裹显示已签收但我没有收到，请帮我查一下物流。\n"
            + "2026-11-03 14:06:30 卖家: 请稍等，我联系一下快递员，看看是不是放在快递柜里了。\n";
    private static final String WESTERN_CHAT = "2026-11-03 14:05 Müller: Die Lieferung für Herrn Jürgen ist nicht "
            + "angekommen, obwohl sie als zugestellt gilt. Können Sie das prüfen? Réponse: déjà envoyé, café fermé.\n";

    private static Charset of(byte[] head) {
        return TextCharset.of(head, head.length);
    }

    /** The head the sniffer reads of a long export: its first 64 KiB, which may end inside a character. */
    private static byte[] headOf(String text, Charset charset, int skip) {
        byte[] all = text.getBytes(charset);
        return Arrays.copyOfRange(all, skip, skip + ContentSniffer.HEAD_BYTES);
    }

    @Test
    void aByteOrderMarkNamesTheCharset() {
        assertThat(of(("\uFEFF" + CHINESE_CHAT).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(StandardCharsets.UTF_16);
        assertThat(of(("\uFEFF" + CHINESE_CHAT).getBytes(StandardCharsets.UTF_16BE))).isEqualTo(StandardCharsets.UTF_16);
        assertThat(of(("\uFEFF" + CHINESE_CHAT).getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void chineseAndWesternExportsWithoutAMarkAreToldApart() {
        assertThat(of(CHINESE_CHAT.getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(of("buyer: ok".getBytes(StandardCharsets.US_ASCII))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(of(CHINESE_CHAT.getBytes(Charset.forName("GB18030")))).isEqualTo(Charset.forName("GB18030"));
        assertThat(of(WESTERN_CHAT.getBytes(Charset.forName("windows-1252")))).isEqualTo(Charset.forName("windows-1252"));
        // Western text is often valid GB18030 byte for byte ("ü" and the letter after it make a Chinese character):
        // only the frequencies of the characters tell which it is.
        byte[] german = "Herr Müller schrieb: Die Lieferung für Jürgen kam nie an, bitte prüfen Sie das.\n"
                .getBytes(Charset.forName("windows-1252"));
        assertThat((Object) TextCharset.decoded(Charset.forName("GB18030"), german, german.length)).isNotNull();
        assertThat(of(german)).isEqualTo(Charset.forName("windows-1252"));
        String traditional = "2026-11-03 14:05 買家: 你好，包裹顯示已簽收但我沒有收到，請幫我查一下物流。\n"
                + "2026-11-03 14:06 賣家: 請稍等，我聯繫一下快遞員，看看是不是放在快遞櫃裡了。\n";
        assertThat(of(traditional.getBytes(Charset.forName("Big5")))).isEqualTo(Charset.forName("Big5"));
        // Two Chinese characters in a JSON export are too few for the frequencies: read as GB18030, not as Thai.
        assertThat(of("[{\"text\":\"你好\"}]".getBytes(Charset.forName("GB18030")))).isEqualTo(Charset.forName("GB18030"));
    }

    /** A long export's head ends wherever 64 KiB end, inside a character as often as not. */
    @Test
    void aHeadCutInsideACharacterIsStillItsCharset() {
        String longChinese = CHINESE_CHAT.repeat(600);
        for (int skip = 0; skip < 4; skip++) {
            assertThat(of(headOf(longChinese, StandardCharsets.UTF_8, skip))).as("UTF-8, cut " + skip)
                    .isEqualTo(StandardCharsets.UTF_8);
            byte[] gb18030 = headOf(longChinese, Charset.forName("GB18030"), skip);
            assertThat(of(gb18030)).as("GB18030, cut " + skip).isEqualTo(Charset.forName("GB18030"));
            assertThat(ContentSniffer.looksLikeText(gb18030, gb18030.length)).as("GB18030 is text, cut " + skip).isTrue();
        }
    }

    @Test
    void aShortTextCutInsideACharacterIsNotUtf8() {
        byte[] utf8 = "你好".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(utf8, utf8.length - 1);
        assertThat((Object) TextCharset.decoded(StandardCharsets.UTF_8, cut, cut.length)).as("the whole file, not a head")
                .isNull();
    }
}
