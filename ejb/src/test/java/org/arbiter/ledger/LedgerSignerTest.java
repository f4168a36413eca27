package org.arbiter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerSignerTest {

    @TempDir
    Path dir;

    private LedgerSigner signer(boolean generateKey, Path keyFile) {
        LedgerSettings settings = new LedgerSettings();
        settings.signingKey = Optional.empty();
        settings.publicKey = Optional.empty();
        settings.keyFile = keyFile.toString();
        settings.generateKey = generateKey;
        LedgerSigner signer = new LedgerSigner();
        signer.settings = settings;
        return signer;
    }

    @Test
    void theDemoMakesAKeyPairWhenItHasNoneAndKeepsUsingIt() throws Exception {
        Path file = dir.resolve("ledger-signing-key.pem");
        LedgerSigner first = signer(true, file);
        first.load();
        LedgerSigner again = signer(true, file);
        again.load();

        assertThat(Files.readString(file)).contains("BEGIN PRIVATE KEY").contains("BEGIN PUBLIC KEY");
        assertThat(again.publicKeyPem()).isEqualTo(first.publicKeyPem());
    }

    @Test
    void productionMakesNoKeyOfItsOwn() {
        Path file = dir.resolve("missing.pem");

        assertThatThrownBy(() -> signer(false, file).load()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ARBITER_LEDGER_SIGNING_KEY").hasMessageContaining("generate-key=false");
        assertThat(file).doesNotExist();
    }

    @Test
    void productionReadsAKeyFileItIsGiven() {
        Path file = dir.resolve("given.pem");
        LedgerSigner demo = signer(true, file);
        demo.load();

        LedgerSigner production = signer(false, file);
        production.load();

        assertThat(production.publicKeyPem()).isEqualTo(demo.publicKeyPem());
    }
}
