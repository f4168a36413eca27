package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The verifier kit must depend on the JDK only (java.base): every class its compiled code refers to, read from the
 * class files' constant pools, is a {@code java.*} class or one of its own.
 */
class PureJdkTest {

    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([A-Za-z0-9_/$]+);");

    @Test
    void referencesOnlyJavaAndItself() throws IOException, URISyntaxException {
        Path root = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(root.resolve("org/arbiter/verifier"))) {
            classFiles = files.filter(file -> file.toString().endsWith(".class")).toList();
        }
        assertThat(classFiles).hasSizeGreaterThanOrEqualTo(14);
        Set<String> foreign = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        for (Path file : classFiles) {
            for (String type : referencedTypes(Files.readAllBytes(file))) {
                all.add(type);
                if (!type.startsWith("java/") && !type.startsWith("org/arbiter/verifier/")) {
                    foreign.add(root.relativize(file) + " -> " + type);
                }
            }
        }
        // The scan sees what is there...
        assertThat(all).contains("java/security/Signature", "java/util/zip/ZipFile", "java/time/Instant",
                "org/arbiter/verifier/MerkleHash", "org/arbiter/verifier/Subtree");
        // ...and nothing but the JDK and the kit itself.
        assertThat(foreign).isEmpty();
    }

    /** Class names of CONSTANT_Class entries and types inside descriptors (Utf8 entries). */
    static List<String> referencedTypes(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        assertThat(in.readInt()).isEqualTo(0xCAFEBABE);
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNameIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndexes.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> types = new ArrayList<>();
        for (int index : classNameIndexes) {
            String name = utf8[index];
            types.add(name.startsWith("[") ? name.replaceAll("^\\[+L?|;$", "") : name);
        }
        for (String value : utf8) {
            if (value != null && (value.startsWith("(") || value.startsWith("L") || value.startsWith("["))) {
                Matcher m = DESCRIPTOR_TYPE.matcher(value);
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
        }
        types.removeIf(type -> type.length() == 1); // primitive array element types
        return types;
    }
}
