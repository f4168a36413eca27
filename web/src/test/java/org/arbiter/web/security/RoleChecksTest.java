package org.arbiter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.arbiter.api.cases.CasesApi;
import org.arbiter.api.classification.CaseClassificationApi;
import org.arbiter.api.classification.ClassificationApi;
import org.arbiter.api.evidence.EvidenceApi;
import org.arbiter.api.evidence.InformationRequestsApi;
import org.arbiter.api.integration.OrderIntegrationApi;
import org.arbiter.api.verification.VerificationApi;
import org.arbiter.web.cases.CasesResource;
import org.arbiter.web.classification.CaseClassificationResource;
import org.arbiter.web.classification.ClassificationResource;
import org.arbiter.web.evidence.EvidenceResource;
import org.arbiter.web.evidence.InformationRequestsResource;
import org.arbiter.web.integration.OrderIntegrationResource;
import org.arbiter.web.verification.VerificationResource;
import org.junit.jupiter.api.Test;

class RoleChecksTest {

    @Test
    void staffWorkIsFoundOnTheResourceWhileTheRuntimeHandsOverTheInterfacesMethod() {
        assertThat(RoleChecks.isMarked(StaffOnly.class, CasesResource.class, apiMethod(CasesApi.class, "assign"))).isTrue();
        assertThat(RoleChecks.isMarked(StaffOnly.class, EvidenceResource.class, apiMethod(EvidenceApi.class, "mark"))).isTrue();
        assertThat(RoleChecks.isMarked(StaffOnly.class, InformationRequestsResource.class,
                apiMethod(InformationRequestsApi.class, "ask"))).isTrue();
        assertThat(RoleChecks.isMarked(StaffOnly.class, CaseClassificationResource.class,
                apiMethod(CaseClassificationApi.class, "correct"))).isTrue();
        assertThat(RoleChecks.isMarked(StaffOnly.class, ClassificationResource.class,
                apiMethod(ClassificationApi.class, "classify"))).isTrue();
        assertThat(RoleChecks.isMarked(StaffOnly.class, VerificationResource.class,
                apiMethod(VerificationApi.class, "run"))).isTrue();
    }

    @Test
    void whatPartiesDoIsNotStaffWork() {
        for (String partyWork : new String[] {"queue", "get", "withdraw"}) {
            assertThat(RoleChecks.isMarked(StaffOnly.class, CasesResource.class, apiMethod(CasesApi.class, partyWork)))
                    .as(partyWork).isFalse();
        }
        assertThat(RoleChecks.isMarked(StaffOnly.class, InformationRequestsResource.class,
                apiMethod(InformationRequestsApi.class, "answer"))).isFalse();
        assertThat(RoleChecks.isMarked(StaffOnly.class, EvidenceResource.class, apiMethod(EvidenceApi.class, "annotations")))
                .isFalse();
    }

    @Test
    void theIntegrationApiIsMarkedForThePlatformAsAWhole() {
        for (String method : new String[] {"pushOrder", "getOrder", "recordLogisticsEvent"}) {
            assertThat(RoleChecks.isMarked(PlatformOnly.class, OrderIntegrationResource.class,
                    apiMethod(OrderIntegrationApi.class, method))).as(method).isTrue();
        }
        assertThat(RoleChecks.isMarked(PlatformOnly.class, CasesResource.class, apiMethod(CasesApi.class, "assign")))
                .isFalse();
    }

    private static Method apiMethod(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
