package org.arbiter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.arbiter.api.cases.CasesApi;
import org.arbiter.api.classification.CaseClassificationApi;
import org.arbiter.api.classification.ClassificationApi;
import org.arbiter.api.evidence.EvidenceApi;
import org.arbiter.api.evidence.InformationRequestsApi;
import org.arbiter.web.cases.CasesResource;
import org.arbiter.web.classification.CaseClassificationResource;
import org.arbiter.web.classification.ClassificationResource;
import org.arbiter.web.evidence.EvidenceResource;
import org.arbiter.web.evidence.InformationRequestsResource;
import org.junit.jupiter.api.Test;

class StaffOnlyCheckTest {

    @Test
    void staffWorkIsFoundOnTheResourceWhileTheRuntimeHandsOverTheInterfacesMethod() {
        assertThat(StaffOnlyCheck.isStaffOnly(CasesResource.class, apiMethod(CasesApi.class, "assign"))).isTrue();
        assertThat(StaffOnlyCheck.isStaffOnly(EvidenceResource.class, apiMethod(EvidenceApi.class, "mark"))).isTrue();
        assertThat(StaffOnlyCheck.isStaffOnly(InformationRequestsResource.class,
                apiMethod(InformationRequestsApi.class, "ask"))).isTrue();
        assertThat(StaffOnlyCheck.isStaffOnly(CaseClassificationResource.class,
                apiMethod(CaseClassificationApi.class, "correct"))).isTrue();
        assertThat(StaffOnlyCheck.isStaffOnly(ClassificationResource.class,
                apiMethod(ClassificationApi.class, "classify"))).isTrue();
    }

    @Test
    void whatPartiesDoIsNotStaffWork() {
        for (String partyWork : new String[] {"queue", "get", "withdraw"}) {
            assertThat(StaffOnlyCheck.isStaffOnly(CasesResource.class, apiMethod(CasesApi.class, partyWork)))
                    .as(partyWork).isFalse();
        }
        assertThat(StaffOnlyCheck.isStaffOnly(InformationRequestsResource.class,
                apiMethod(InformationRequestsApi.class, "answer"))).isFalse();
        assertThat(StaffOnlyCheck.isStaffOnly(EvidenceResource.class, apiMethod(EvidenceApi.class, "annotations")))
                .isFalse();
    }

    private static Method apiMethod(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
