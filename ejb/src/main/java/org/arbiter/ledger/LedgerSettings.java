package org.arbiter.ledger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The log's sequencing and signing, from configuration ({@code arbiter.ledger.*}). */
@ApplicationScoped
public class LedgerSettings {

    @Inject
    @ConfigProperty(name = "arbiter.ledger.sequence-interval")
    Duration sequenceInterval;

    @Inject
    @ConfigProperty(name = "arbiter.ledger.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "arbiter.ledger.signing-key")
    Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "arbiter.ledger.public-key")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "arbiter.ledger.key-file")
    String keyFile;

    @Inject
    @ConfigProperty(name = "arbiter.ledger.generate-key")
    boolean generateKey;

    /** How often new custody events are sequenced into the log and a new tree head is signed. */
    public Duration sequenceInterval() {
        return sequenceInterval;
    }

    /** Leaves per sequencing transaction. */
    public int batchSize() {
        return batchSize;
    }

    /** The Ed25519 private key (PKCS#8 PEM), when configured directly. */
    public Optional<String> signingKey() {
        return signingKey.filter(s -> !s.isBlank());
    }

    /** Its public half (X.509 PEM), required with {@link #signingKey()}. */
    public Optional<String> publicKey() {
        return publicKey.filter(s -> !s.isBlank());
    }

    /** Otherwise the file holding both halves; created with a new key pair when missing and allowed. */
    public Path keyFile() {
        return Path.of(keyFile);
    }

    /**
     * Whether a missing key file may be created with a new key pair: the demo's convenience. The production
     * configuration turns it off: nodes that each made a key of their own would sign the one log with different
     * keys, and a key lost with a node's disk could sign nothing again.
     */
    public boolean generateKey() {
        return generateKey;
    }
}
