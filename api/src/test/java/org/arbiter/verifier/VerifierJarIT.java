package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped artifact, not the classes: {@code java -jar arbiter-api-…-verifier.jar <bundle> <key>} in a JVM of
 * its own, with nothing else on its class path, as the README tells people to run it.
 */
class VerifierJarIT {

    @TempDir
    static Path temp;
    static Path jar;
    static Path bundle;
    static Path tampered;
    static Path key;

    @BeforeAll
    static void writeBundles() throws IOException {
        jar = Path.of(System.getProperty("arbiter.verifier.jar", "target/arbiter-api-1.0.0-SNAPSHOT-verifier.jar"));
        BundleFixture fixture = new BundleFixture();
        bundle = temp.resolve("case.zip");
        fixture.writeBundle(BundleFixture.CASE_A, bundle);
        Map<String, byte[]> files = BundleFixture.readZip(bundle);
        files.put("evidence/" + files.keySet().stream().filter(name -> name.startsWith("evidence/")).findFirst()
                .orElseThrow().substring("evidence/".length()), BundleFixture.utf8("not the original bytes"));
        tampered = temp.resolve("tampered.zip");
        BundleFixture.writeZip(tampered, files);
        key = temp.resolve("log.pem");
        Files.writeString(key, Ed25519Keys.toPem(fixture.keys.getPublic()));
    }

    record Run(int status, String out) {
    }

    static Run javaJar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void theJarHoldsOnlyTheVerifierAndNamesItsMainClass() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(Main.class.getName());
            assertThat(file.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class")))
                    .isNotEmpty()
                    .allMatch(name -> name.startsWith("org/arbiter/verifier/"));
        }
    }

    @Test
    void anUntouchedBundleIsOk() throws Exception {
        Run run = javaJar(bundle.toString(), key.toString());
        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("OK: case " + BundleFixture.CASE_A);
    }

    @Test
    void anAlteredFileIsNamed() throws Exception {
        Run run = javaJar(tampered.toString(), key.toString());
        assertThat(run.status()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAILED").contains("evidence/");
    }

    @Test
    void aWrongInvocationSaysHowToCallIt() throws Exception {
        Run run = javaJar();
        assertThat(run.status()).isNotZero().isNotEqualTo(1);
        assertThat(run.out().toLowerCase()).contains("usage");
    }
}
