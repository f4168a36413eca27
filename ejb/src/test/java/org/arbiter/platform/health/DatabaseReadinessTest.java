package org.arbiter.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

    @Test
    void aDatabaseThatCannotBeReachedMakesTheNodeNotReady() {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    throw new SQLException("Connection refused: 127.0.0.1:5432");
                });

        HealthCheckResponse response = readiness.call();

        assertThat(response.getName()).isEqualTo(DatabaseReadiness.NAME);
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow()).containsEntry("error", "Connection refused: 127.0.0.1:5432");
    }
}
