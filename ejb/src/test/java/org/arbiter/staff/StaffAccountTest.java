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
        assertThat(new StaffAccount("s1", Set.of(Role.SPECIALIST)).mayWorkCases()).isTrue();
        assertThat(new StaffAccount("lead", Set.of(Role.SUPERVISOR)).mayWorkCases()).isTrue();
        assertThat(new StaffAccount("r1", Set.of(Role.RISK_REVIEWER)).mayWorkCases()).isFalse();
    }

    @Test
    void aSignInReplacesTheRolesAndKeepsOnlyStaffRoles() {
        StaffAccount account = new StaffAccount("s1", Set.of(Role.SPECIALIST, Role.BUYER));
        assertThat(account.getRoles()).containsExactly(Role.SPECIALIST);

        account.signedInWith(Set.of(Role.RISK_REVIEWER), Instant.parse("2026-12-01T08:00:00Z"));

        assertThat(account.getRoles()).containsExactly(Role.RISK_REVIEWER);
        assertThat(account.mayWorkCases()).isFalse();
        assertThat(account.getLastSeenAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void anAccountWithoutAStaffRoleIsNoStaffAccount() {
        assertThatThrownBy(() -> new StaffAccount("b1", Set.of(Role.BUYER))).isInstanceOf(IllegalArgumentException.class);
    }
}
