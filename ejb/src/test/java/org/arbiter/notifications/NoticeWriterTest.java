package org.arbiter.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.cases.NoticeText;
import org.arbiter.shared.LocalTimes;
import org.junit.jupiter.api.Test;

class NoticeWriterTest {

    private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");
    private final NoticeWriter writer = new NoticeWriter(new LocalTimes(Map.of("zh", ZoneId.of("Asia/Shanghai"))));

    private static Properties bundle(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = NoticeWriterTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    /** Every notice the code raises, found in its sources: a key without a text would fail the change that raised it. */
    private static Set<String> keysRaisedInTheCode() throws IOException {
        Pattern raised = Pattern.compile("NoticeText\\.of\\(\\s*\"([a-z.-]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = raised.matcher(Files.readString(source));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyNoticeTheCodeRaisesHasItsTextInEnglishAndChinese() throws IOException {
        Set<String> raised = keysRaisedInTheCode();
        assertThat(raised).as("the scan finds the notices").contains("complaint-filed.answer-by", "reminder", "escalated");

        assertThat(bundle("notices").stringPropertyNames()).containsAll(raised);
        assertThat(bundle("notices_zh").stringPropertyNames()).as("the same texts in Chinese")
                .isEqualTo(bundle("notices").stringPropertyNames());
        for (DeadlineKind kind : DeadlineKind.values()) {
            assertThat(bundle("notices_zh").stringPropertyNames()).contains("DeadlineKind." + kind.name());
        }
        for (EvidenceKind kind : EvidenceKind.values()) {
            assertThat(bundle("notices_zh").stringPropertyNames()).contains("EvidenceKind." + kind.name());
        }
    }

    @Test
    void aChineseReminderNamesTheDeadlineInChineseAndItsTimeInBeijingTime() {
        NoticeText reminder = NoticeText.of("reminder", "AR-261125-Y2QHK1F", "80%", DeadlineKind.RESPONDENT_EVIDENCE, DUE);

        assertThat(writer.write("zh", reminder))
                .isEqualTo("案件 AR-261125-Y2QHK1F：被投诉方举证期限已用去 80% 的时间，截止时间 2026年11月25日 18:00（北京时间）。");
        assertThat(writer.write("en", reminder)).isEqualTo("Case AR-261125-Y2QHK1F: 80% of the time for the "
                + "respondent's evidence window is used; it is due 2026-11-25 10:00 UTC.");
    }

    @Test
    void aLanguageWithoutTextsReadsEnglishAndQuotesSurviveTheFormat() {
        NoticeText closed = NoticeText.of("respondent-window-closed", "AR-261125-Y2QHK1F");

        assertThat(writer.write("fr", closed)).isEqualTo("The respondent's window on case AR-261125-Y2QHK1F closed; "
                + "the case proceeds to review on the complainant's evidence.");
    }

    @Test
    void idsAndLevelsAreWrittenAsGivenAndTheKindOfEvidenceInTheReadersWords() {
        NoticeText added = NoticeText.of("evidence-submitted", "seller1", "AR-261125-Y2QHK1F", EvidenceKind.CHAT_LOG, "12345");

        assertThat(writer.write("en", added)).isEqualTo("seller1 added chat log #12345 to case AR-261125-Y2QHK1F.");
        assertThat(writer.write("zh", added)).isEqualTo("seller1 在案件 AR-261125-Y2QHK1F 中提交了聊天记录（#12345）。");
        assertThat(writer.write("en", NoticeText.of("escalated", "AR-1", "L2", DeadlineKind.FIRST_RESPONSE, DUE)))
                .isEqualTo("Case AR-1 is escalated to L2 (first response missed); resolve it by 2026-11-25 10:00 UTC.");
    }

    /** The case message a party's evidence answers a question with: a party's caption comes through untouched. */
    @Test
    void theAnswerEvidenceGivesIsInTheCasesLanguageWithItsCaptionAsWritten() {
        NoticeText answer = NoticeText.of("answered-with-evidence", EvidenceKind.PHOTO, "12", "the locker's screen {0}");

        assertThat(writer.write("en", answer)).isEqualTo("Answered with photo #12: the locker's screen {0}");
        assertThat(writer.write("zh", NoticeText.of("answered-with-evidence", EvidenceKind.PHOTO, "12", "快递柜屏幕")))
                .isEqualTo("以照片（#12）作答：快递柜屏幕");
    }
}
