package org.arbiter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInTest {

    @Test
    void the_setting_names_the_challenge() {
        assertThat(SignIn.of("bearer").challenge()).isEqualTo("Bearer realm=\"Arbiter\"");
        assertThat(SignIn.of(" Bearer ").challenge()).isEqualTo("Bearer realm=\"Arbiter\"");
        assertThat(SignIn.of("basic").challenge()).isEqualTo("Basic realm=\"Arbiter\"");
    }

    @Test
    void without_a_setting_it_is_the_demo() {
        assertThat(SignIn.of(null)).isEqualTo(SignIn.BASIC);
        assertThat(SignIn.of("")).isEqualTo(SignIn.BASIC);
        assertThat(SignIn.of("kerberos")).isEqualTo(SignIn.BASIC);
    }
}
