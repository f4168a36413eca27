package org.arbiter.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.verifier.Ed25519Keys;
import org.arbiter.verifier.SignedTreeHead;

/**
 * Signs tree heads with the log's Ed25519 key. The key comes from configuration
 * ({@code arbiter.ledger.signing-key} and {@code arbiter.ledger.public-key}) or from the key file; a demo
 * run without either gets a new key pair written to the key file, and says so. Every node of a cluster must
 * be given the same key.
 */
@ApplicationScoped
public class LedgerSigner {

    private static final System.Logger LOG = System.getLogger(LedgerSigner.class.getName());
    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----.*?-----END \\1-----", Pattern.DOTALL);

    @Inject
    LedgerSettings settings;

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @PostConstruct
    void load() {
        if (settings.signingKey().isPresent()) {
            privateKey = Ed25519Keys.readPrivateKey(settings.signingKey().get());
            publicKey = Ed25519Keys.readPublicKey(settings.publicKey().orElseThrow(() -> new IllegalStateException(
                    "arbiter.ledger.signing-key is set but arbiter.ledger.public-key is not; set both")));
        } else if (settings.generateKey() || Files.exists(settings.keyFile())) {
            readOrCreate(settings.keyFile());
        } else {
            throw new IllegalStateException("no custody log signing key: set arbiter.ledger.signing-key and "
                    + "arbiter.ledger.public-key (ARBITER_LEDGER_SIGNING_KEY, ARBITER_LEDGER_PUBLIC_KEY), the same on "
                    + "every node, or put both halves in " + settings.keyFile()
                    + " (this configuration does not generate one: arbiter.ledger.generate-key=false)");
        }
        SignedTreeHead probe = SignedTreeHead.sign(0, 0, new byte[32], privateKey);
        if (!probe.verify(publicKey)) {
            throw new IllegalStateException("the ledger's public key is not the half of its signing key");
        }
        LOG.log(System.Logger.Level.INFO, "Custody log tree heads are signed with the Ed25519 key\n{0}",
                Ed25519Keys.toPem(publicKey));
    }

    private void readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                KeyPair pair = Ed25519Keys.generate();
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path temporary = file.resolveSibling(file.getFileName() + "." + java.util.UUID.randomUUID() + ".new");
                Files.writeString(temporary, Ed25519Keys.toPem(pair.getPrivate()) + Ed25519Keys.toPem(pair.getPublic()),
                        StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the directory's permissions protect it.
                }
                try {
                    // A hard link appears whole or not at all, and never replaces a key another node wrote first.
                    Files.createLink(file, temporary);
                } catch (java.nio.file.FileAlreadyExistsException anotherNodeWasFirst) {
                    readFrom(file);
                    return;
                } finally {
                    Files.delete(temporary);
                }
                LOG.log(System.Logger.Level.WARNING, "Generated a new custody log signing key in {0}. Production "
                        + "configures arbiter.ledger.signing-key and arbiter.ledger.public-key (or this file) on "
                        + "every node and keeps the private key safe.", file);
            }
            readFrom(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ledger key file " + file, e);
        }
    }

    private void readFrom(Path file) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        privateKey = Ed25519Keys.readPrivateKey(block(pem, "PRIVATE KEY", file));
        publicKey = Ed25519Keys.readPublicKey(block(pem, "PUBLIC KEY", file));
    }

    private static String block(String pem, String type, Path file) {
        Matcher blocks = PEM_BLOCK.matcher(pem);
        while (blocks.find()) {
            if (blocks.group(1).equals(type)) {
                return blocks.group();
            }
        }
        throw new IllegalStateException(file + " holds no " + type + " block");
    }

    public SignedTreeHead sign(long treeSize, long timestampMillis, byte[] root) {
        return SignedTreeHead.sign(treeSize, timestampMillis, root, privateKey);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyPem() {
        return Ed25519Keys.toPem(publicKey);
    }
}
