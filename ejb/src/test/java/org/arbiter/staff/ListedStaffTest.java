package org.arbiter.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.arbiter.api.vocabulary.Role;
import org.junit.jupiter.api.Test;

class ListedStaffTest {

    @Test
    void readsUsersWithOneOrSeveralStaffRoles() {
        ListedStaff listed = ListedStaff.parse(" specialist1:SPECIALIST, lead1:supervisor+SPECIALIST ,reviewer1:RISK_REVIEWER,");

        assertThat(listed.accounts()).isEqualTo(Map.of(
                "specialist1", Set.of(Role.SPECIALIST),
                "lead1", Set.of(Role.SUPERVISOR, Role.SPECIALIST),
                "reviewer1", Set.of(Role.RISK_REVIEWER)));
        assertThat(ListedStaff.parse("auth0|5f1e:SPECIALIST, f:0a4c:alice:SUPERVISOR").accounts()).isEqualTo(Map.of(
                "auth0|5f1e", Set.of(Role.SPECIALIST), "f:0a4c:alice", Set.of(Role.SUPERVISOR)));
        assertThat(ListedStaff.parse("").accounts()).isEmpty();
        assertThat(ListedStaff.parse(null).accounts()).isEmpty();
    }

    @Test
    void aWrongEntryFailsNamingTheSettingAndTheEntry() {
        assertThatThrownBy(() -> ListedStaff.parse("specialist1")).hasMessage(
                "arbiter.staff.accounts: 'specialist1': write user:ROLE");
        assertThatThrownBy(() -> ListedStaff.parse("buyer1:BUYER")).hasMessageStartingWith(
                "arbiter.staff.accounts: 'buyer1:BUYER': BUYER is not a staff role");
        assertThatThrownBy(() -> ListedStaff.parse("x:CHIEF")).hasMessageContaining("'CHIEF' is not a role");
        assertThatThrownBy(() -> ListedStaff.parse("a b:SPECIALIST")).hasMessageContaining("a user id is");
        assertThatThrownBy(() -> ListedStaff.parse("u".repeat(65) + ":SPECIALIST")).hasMessageContaining("a user id is");
        assertThatThrownBy(() -> ListedStaff.parse("s1:SPECIALIST,s1:SUPERVISOR")).hasMessageContaining("listed twice");
    }
}
