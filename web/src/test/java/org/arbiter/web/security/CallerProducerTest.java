package org.arbiter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.staff.StaffRoster;
import org.arbiter.web.problem.UnauthenticatedException;
import org.junit.jupiter.api.Test;

class CallerProducerTest {

    /** The sign-ins the roster was told of. */
    private static final List<String> RECORDED = new ArrayList<>();
    private static final StaffSignIns SIGN_INS = new StaffSignIns();

    static {
        SIGN_INS.roster = new StaffRoster() {
            @Override
            public void signedIn(String userId, Set<Role> roles) {
                RECORDED.add(userId + " " + roles);
            }

            @Override
            public List<String> userIds() {
                return List.of("reviewer9");
            }
        };
    }

    /** A request as the server hands it over: this principal, in these roles (strings, as a token's claim). */
    private static CallerProducer producerFor(String user, Set<String> roles) {
        Principal principal = user == null ? null : () -> user;
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                CallerProducerTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> principal;
                    case "isUserInRole" -> roles.contains((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        CallerProducer producer = new CallerProducer();
        producer.request = request;
        producer.staffSignIns = SIGN_INS;
        return producer;
    }

    @Test
    void the_caller_is_the_principal_with_its_roles() {
        Caller caller = producerFor("buyer1", Set.of("BUYER", "SELLER")).caller();

        assertThat(caller.userId()).isEqualTo("buyer1");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.BUYER, Role.SELLER);
    }

    @Test
    void nobody_signed_in_acts_as_the_system() {
        Caller caller = producerFor("mallory", Set.of("SYSTEM", "BUYER")).caller();

        assertThat(caller.roles()).containsExactly(Role.BUYER);
        assertThat(caller.actingRole()).isEqualTo(Role.BUYER);
    }

    @Test
    void an_identity_without_an_arbiter_role_may_do_nothing() {
        assertThatThrownBy(() -> producerFor("mallory", Set.of("SYSTEM")).caller()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> producerFor("someone", Set.of("admin", "buyer")).caller()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> producerFor("someone", Set.of()).caller()).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void without_a_principal_the_request_is_unauthenticated() {
        assertThatThrownBy(() -> producerFor(null, Set.of()).caller()).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aStaffSignInIsToldToTheRosterOnceAndAgainWhenTheRolesChangeOrGo() {
        RECORDED.clear();
        producerFor("specialist9", Set.of("SPECIALIST")).caller();
        producerFor("specialist9", Set.of("SPECIALIST")).caller();
        producerFor("buyer9", Set.of("BUYER")).caller();
        producerFor("specialist9", Set.of("SUPERVISOR")).caller();
        producerFor("specialist9", Set.of("BUYER")).caller();
        producerFor("specialist9", Set.of("BUYER")).caller();
        producerFor("reviewer9", Set.of("SELLER")).caller();

        assertThat(RECORDED).containsExactly("specialist9 [SPECIALIST]", "specialist9 [SUPERVISOR]",
                "specialist9 [BUYER]", "reviewer9 [SELLER]");
    }
}
