package org.arbiter.verifier;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * The command-line bundle verifier:
 * {@code java -jar arbiter-verifier.jar <bundle.zip> <public-key.pem>}.
 *
 * <p>Prints {@code OK: case <n>, <k> custody entries, <m> evidence files, signed tree of <size> entries at <time>}
 * and exits 0 when the bundle verifies; prints {@code FAILED} and one line per problem and exits 1 when it does not;
 * exits 2 with a message on stderr on a usage error or an input it cannot read.
 */
public final class Main {

    static final String USAGE = "usage: java -jar arbiter-verifier.jar <bundle.zip> <public-key.pem>";
    private static final String NAME = "arbiter-verifier";

    private Main() {
    }

    public static void main(String[] args) {
        Charset charset = outputCharset();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
        System.exit(run(args, out, err));
    }

    /**
     * The console's encoding if the JDK knows it, else the platform's if it can write the report's dashes, else
     * UTF-8 (rather than question marks under an ASCII locale).
     */
    private static Charset outputCharset() {
        String console = System.getProperty("sun.stdout.encoding");
        try {
            if (console != null && Charset.isSupported(console)) {
                return Charset.forName(console);
            }
        } catch (IllegalArgumentException e) {
            // Fall through.
        }
        Charset platform = Charset.defaultCharset();
        return platform.newEncoder().canEncode("\u2014") ? platform : StandardCharsets.UTF_8;
    }

    /** Runs the verifier; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length != 2) {
            err.println(USAGE);
            return 2;
        }
        try {
            Path bundle = Path.of(args[0]);
            Path keyFile = Path.of(args[1]);
            PublicKey key;
            try {
                key = Ed25519Keys.readPublicKey(Files.readString(keyFile, StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                err.println(NAME + ": cannot read the public key " + keyFile + ": " + describe(e));
                return 2;
            } catch (IllegalArgumentException e) {
                err.println(NAME + ": " + keyFile + ": " + e.getMessage());
                return 2;
            }
            if (!Files.isRegularFile(bundle) || !Files.isReadable(bundle)) {
                err.println(NAME + ": cannot read the bundle " + bundle + ": no such readable file");
                return 2;
            }
            VerificationReport report = BundleVerifier.verify(bundle, key);
            if (report.ok()) {
                out.println("OK: " + report.summary());
                return 0;
            }
            out.println("FAILED");
            report.problems().forEach(out::println);
            return 1;
        } catch (InvalidPathException e) {
            err.println(NAME + ": invalid path: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println(NAME + ": unexpected error: " + e);
            return 2;
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null ? kind : kind.equals("NoSuchFileException") ? "no such file" : message;
    }
}
