package org.arbiter.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the schema is migrated and the database answers. WildFly reports a deployment's checks
 * together, as {@code ready-deployment.arbiter.ear.arbiter-ejb.jar} on {@code /health/ready}.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/ArbiterDS")
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        boolean databaseAnswers;
        try (Connection connection = dataSource.getConnection()) {
            databaseAnswers = connection.isValid(2);
        } catch (SQLException e) {
            databaseAnswers = false;
        }
        return HealthCheckResponse.named("arbiter-database")
                .status(databaseAnswers && schema.isMigrated())
                .withData("schemaMigrated", schema.isMigrated())
                .withData("databaseAnswers", databaseAnswers)
                .build();
    }
}
