package org.arbiter.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The content-addressed store in a directory: {@code <dir>/ab/cd/abcd…} by SHA-256. An upload is written to
 * {@code <dir>/incoming/} while it is hashed, forced to disk, then moved into place in one atomic rename
 * (and the directory forced too), so a file under its hash is always complete. A broken upload leaves
 * nothing: its incoming file is deleted; one left by a crash is swept once it has been idle for an hour, so
 * that nodes sharing the directory never sweep each other's uploads in progress.
 */
@ApplicationScoped
public class FileEvidenceStore implements EvidenceStore {

    private static final System.Logger LOG = System.getLogger(FileEvidenceStore.class.getName());
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 1 << 16;

    @Inject
    EvidenceSettings settings;

    /** A partial upload untouched this long is a crash's leftover (clients that stall are cut off far sooner). */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    private Path root;
    private Path incoming;
    private volatile Instant lastSweep = Instant.EPOCH;

    @PostConstruct
    void open() {
        root = settings.storeDirectory();
        incoming = root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the evidence store at " + root, e);
        }
        sweepLeftovers();
    }

    /**
     * Deletes partial uploads nobody has written to for {@link #LEFTOVER_AGE}: what a crash left behind. An
     * upload in progress keeps its file fresh, so another node sharing the directory loses nothing. Runs at
     * start-up and then at most every few minutes, from an upload.
     */
    void sweepLeftovers() {
        Instant now = Instant.now();
        lastSweep = now;
        try (var partials = Files.list(incoming)) {
            partials.filter(file -> isOlderThan(file, now.minus(LEFTOVER_AGE))).forEach(FileEvidenceStore::deleteQuietly);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not sweep " + incoming, e);
        }
    }

    private static boolean isOlderThan(Path file, Instant limit) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(limit);
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }

    @Override
    public StoredBlob put(InputStream content, long maxBytes) throws IOException {
        if (lastSweep.plus(SWEEP_EVERY).isBefore(Instant.now())) {
            sweepLeftovers();
        }
        Path temporary = incoming.resolve(UUID.randomUUID() + ".part");
        MessageDigest digest = sha256();
        long size = 0;
        boolean complete = false;
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER];
                ByteBuffer wrapper = ByteBuffer.wrap(buffer);
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new ContentTooLargeException("the file is over the " + maxBytes + " bytes accepted on this case "
                                + "(limits: a file, then what is left of the case's quota)");
                    }
                    digest.update(buffer, 0, read);
                    wrapper.clear().limit(read);
                    while (wrapper.hasRemaining()) {
                        out.write(wrapper);
                    }
                }
                out.force(true);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(hash);
            boolean created = moveIntoPlace(temporary, target);
            complete = true;
            return new StoredBlob(hash, size, created);
        } finally {
            if (!complete) {
                deleteQuietly(temporary);
            }
        }
    }

    private boolean moveIntoPlace(Path temporary, Path target) throws IOException {
        if (Files.exists(target)) {
            Files.delete(temporary);
            return false;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
            // The same bytes arrived at the same moment from another upload: theirs is as good as ours.
            if (!Files.exists(target)) {
                throw raced;
            }
            Files.delete(temporary);
            return false;
        }
        forceDirectory(target.getParent());
        return true;
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public long size(String sha256) throws IOException {
        return Files.size(pathOf(sha256));
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    @Override
    public <T> T withFile(String sha256, Function<Path, T> inspection) throws IOException {
        Path file = pathOf(sha256);
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return inspection.apply(file);
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(pathOf(sha256));
    }

    /** Where the bytes of that hash live; the name is the hash, never anything a client sent. */
    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot force a directory; the rename is still atomic there.
            LOG.log(System.Logger.Level.DEBUG, "could not force directory " + directory, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not delete " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
