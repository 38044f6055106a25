package org.koryu.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready (UP) only when Koryu has started, the database answers and no migration is pending. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    Bootstrap bootstrap;

    /** With several instances behind a load balancer: which one answered (KORYU_INSTANCE, set by src/deploy/cluster.sh). */
    @Inject
    @ConfigProperty(name = "koryu.instance")
    Optional<String> instance;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("koryu");
        boolean database = databaseAnswers();
        boolean schema = database && migrations.upToDate();
        response.status(bootstrap.started() && database && schema)
                .withData("started", bootstrap.started())
                .withData("database", database)
                .withData("migrations", schema);
        instance.ifPresent(name -> response.withData("instance", name));
        return response.build();
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
