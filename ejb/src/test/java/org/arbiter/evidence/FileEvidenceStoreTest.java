package org.arbiter.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-addressed store: by hash, once, durable before it answers, and nothing left of a failed upload. */
class FileEvidenceStoreTest {

    @TempDir
    Path directory;

    private FileEvidenceStore store;

    @BeforeEach
    void open() {
        EvidenceSettings settings = new EvidenceSettings();
        settings.storeDirectory = directory.toString();
        store = new FileEvidenceStore();
        store.settings = settings;
        store.open();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void storesUnderItsHashAndReadsBack() throws Exception {
        byte[] bytes = random(300_000, 1);

        StoredBlob blob = store.put(new ByteArrayInputStream(bytes), 1_000_000);

        assertThat(blob.sha256()).isEqualTo(sha256(bytes));
        assertThat(blob.sizeBytes()).isEqualTo(300_000);
        assertThat(blob.created()).isTrue();
        assertThat(store.pathOf(blob.sha256())).startsWith(directory)
                .endsWith(Path.of(blob.sha256().substring(0, 2), blob.sha256().substring(2, 4), blob.sha256()));
        try (InputStream in = store.open(blob.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void identicalBytesAreKeptOnce() throws Exception {
        byte[] bytes = "the same chat export".getBytes(StandardCharsets.UTF_8);

        StoredBlob first = store.put(new ByteArrayInputStream(bytes), 1000);
        StoredBlob second = store.put(new ByteArrayInputStream(bytes), 1000);

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(filesIn(directory)).isEqualTo(1);
    }

    @Test
    void anUploadOverTheLimitLeavesNothing() {
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(random(5000, 2)), 4999))
                .isInstanceOf(ContentTooLargeException.class);

        assertThat(directory.resolve("incoming")).isEmptyDirectory();
        assertThat(directory.toFile().list()).containsExactly("incoming");
    }

    @Test
    void anUploadCutOffHalfWayLeavesNothing() {
        InputStream brokenOff = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100_000) {
                    throw new IOException("connection reset by peer");
                }
                return 42;
            }
        };

        assertThatThrownBy(() -> store.put(brokenOff, 1_000_000)).isInstanceOf(IOException.class);

        assertThat(directory.resolve("incoming")).isEmptyDirectory();
        assertThat(directory.toFile().list()).containsExactly("incoming");
    }

    @Test
    void aLeftoverOfACrashIsSweptButAnUploadInProgressOnAnotherNodeIsNot() throws Exception {
        Path crashed = Files.writeString(directory.resolve("incoming").resolve("crashed.part"), "half an upload");
        Files.setLastModifiedTime(crashed, FileTime.from(Instant.now().minus(FileEvidenceStore.LEFTOVER_AGE).minusSeconds(60)));
        Path inProgress = Files.writeString(directory.resolve("incoming").resolve("other-node.part"), "still coming");

        open();

        assertThat(crashed).doesNotExist();
        assertThat(inProgress).exists();
    }

    @Test
    void aNameThatIsNotAHashIsNeverAPath() {
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.pathOf("A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }
}
