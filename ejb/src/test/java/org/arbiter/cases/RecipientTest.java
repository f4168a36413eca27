package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How a notice's recipient is stored, and read back for the inbox. */
class RecipientTest {

    @Test
    void aUserIsStoredByIdAndATeamWithItsPrefix() {
        assertThat(Recipient.user("seller1").address()).isEqualTo("seller1");
        assertThat(Recipient.level(2).address()).isEqualTo("team:L2");
    }

    @Test
    void anAddressReadsBackAsTheRecipientItStoresFor() {
        assertThat(Recipient.fromAddress("team:L3")).isEqualTo(Recipient.level(3));
        assertThat(Recipient.fromAddress("buyer1")).isEqualTo(Recipient.user("buyer1"));
        assertThat(Recipient.fromAddress("buyer1").team()).isNull();
    }

    @Test
    void aRecipientIsAUserOrATeamNeverBoth() {
        assertThatThrownBy(() -> new Recipient("u", "L1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recipient(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
