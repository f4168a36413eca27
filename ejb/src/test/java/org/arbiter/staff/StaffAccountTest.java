package org.arbiter.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.arbiter.api.vocabulary.Role;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    @Test
    void specialistsAndSupervisorsWorkCasesReviewersDoNot() {
        assertThat(account("s1", Role.SPECIALIST).mayWorkCases()).isTrue();
        assertThat(account("lead", Role.SUPERVISOR).mayWorkCases()).isTrue();
        assertThat(account("r1", Role.RISK_REVIEWER).mayWorkCases()).isFalse();
    }

    @Test
    void aSignInReplacesTheRolesAndKeepsOnlyStaffRoles() {
        StaffAccount account = account("s1", Role.SPECIALIST, Role.BUYER);
        assertThat(account.getRoles()).containsExactly(Role.SPECIALIST);

        account.signedInWith(Set.of(Role.RISK_REVIEWER), Instant.parse("2026-12-01T08:00:00Z"));

        assertThat(account.getRoles()).containsExactly(Role.RISK_REVIEWER);
        assertThat(account.mayWorkCases()).isFalse();
        assertThat(account.getLastSeenAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void anAccountWithoutAStaffRoleIsNoStaffAccount() {
        assertThatThrownBy(() -> account("b1", Role.BUYER)).isInstanceOf(IllegalArgumentException.class);
    }

    private static StaffAccount account(String user, Role... roles) {
        return new StaffAccount(user, Set.of(roles), StaffAccount.Source.SIGNED_IN);
    }
}
