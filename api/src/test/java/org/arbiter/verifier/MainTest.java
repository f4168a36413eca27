package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, end to end: a bundle written by the writer, checked by {@link Main}. */
class MainTest {

    static BundleFixture fixture;

    @TempDir
    static Path temp;
    static Path bundle;
    static Path tampered;
    static Path key;

    @BeforeAll
    static void writeBundles() throws IOException {
        fixture = new BundleFixture();
        bundle = temp.resolve("case.zip");
        fixture.writeBundle(BundleFixture.CASE_A, bundle);
        Map<String, byte[]> files = BundleFixture.readZip(bundle);
        files.put("custody/000004.entry", files.get("custody/000003.entry"));
        files.put("notes.txt", BundleFixture.utf8("hello"));
        tampered = temp.resolve("tampered.zip");
        BundleFixture.writeZip(tampered, files);
        key = temp.resolve("log.pem");
        Files.writeString(key, Ed25519Keys.toPem(fixture.keys.getPublic()));
    }

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String OK_LINE = "OK: case " + BundleFixture.CASE_A + ", 6 custody entries, 2 evidence files, "
            + "signed tree of 16 entries at " + Instant.ofEpochMilli(BundleFixture.STH_TIME);

    @Test
    void validBundle() {
        Result result = run(bundle.toString(), key.toString());
        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo(OK_LINE + System.lineSeparator());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void tamperedBundle() {
        Result result = run(tampered.toString(), key.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out().lines()).containsExactly(
                "FAILED",
                "notes.txt: unexpected file",
                "custody/000004.entry: out of order (contains entry 3, expected entry 4)",
                "custody/000004.entry: duplicate of entry 3 (also in custody/000003.entry)",
                "custody/000005.entry: follows 000003 — entry 4 was removed");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void wrongKey() throws IOException {
        Path other = temp.resolve("other.pem");
        Files.writeString(other, Ed25519Keys.toPem(Ed25519Keys.generate().getPublic()));
        Result result = run(bundle.toString(), other.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out().lines())
                .containsExactly("FAILED", "sth.txt: signature does not verify with the given public key");
    }

    @Test
    void usageAndUnreadableInput() throws IOException {
        Result none = run();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).startsWith("usage: java -jar arbiter-verifier.jar <bundle.zip> <public-key.pem>");
        assertThat(none.out()).isEmpty();

        Result missingKey = run(bundle.toString(), temp.resolve("nope.pem").toString());
        assertThat(missingKey.status()).isEqualTo(2);
        assertThat(missingKey.err()).contains("cannot read the public key", "no such file");

        Path notPem = temp.resolve("not.pem");
        Files.writeString(notPem, "ssh-ed25519 AAAA...");
        Result badKey = run(bundle.toString(), notPem.toString());
        assertThat(badKey.status()).isEqualTo(2);
        assertThat(badKey.err()).contains("not a PEM public key");

        Result missingBundle = run(temp.resolve("nope.zip").toString(), key.toString());
        assertThat(missingBundle.status()).isEqualTo(2);
        assertThat(missingBundle.err()).contains("cannot read the bundle");

        Path junk = temp.resolve("junk.zip");
        Files.writeString(junk, "not a zip at all");
        Result notZip = run(junk.toString(), key.toString());
        assertThat(notZip.status()).isEqualTo(2);
        assertThat(notZip.err()).contains("as a ZIP file");

        for (Result result : List.of(none, missingKey, badKey, missingBundle, notZip)) {
            assertThat(result.err()).doesNotContain("\tat ", "Exception");
            assertThat(result.out()).isEmpty();
        }
    }

    /**
     * Runs {@code java -cp <only the org/arbiter/verifier classes> org.arbiter.verifier.Main} in a new JVM: the
     * verifier needs nothing else on the class path and exits with the documented status.
     */
    @Test
    void runsAloneInItsOwnJvm() throws Exception {
        Path classes = verifierClassesOnly();
        Process ok = java(classes, bundle.toString(), key.toString());
        assertThat(new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                .isEqualTo(OK_LINE);
        assertThat(ok.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ok.exitValue()).isZero();

        Process failed = java(classes, tampered.toString(), key.toString());
        assertThat(new String(failed.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("FAILED");
        assertThat(failed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(failed.exitValue()).isEqualTo(1);

        Process usage = java(classes);
        String err = new String(usage.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(usage.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(usage.exitValue()).isEqualTo(2);
        assertThat(err).startsWith("usage:");
    }

    private static Process java(Path classPath, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classPath.toString(),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /** A copy of the compiled org/arbiter/verifier classes, alone. */
    private static Path verifierClassesOnly() throws IOException, URISyntaxException {
        Path root = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path source = root.resolve("org/arbiter/verifier");
        Path target = temp.resolve("classes");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(root.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }
}
