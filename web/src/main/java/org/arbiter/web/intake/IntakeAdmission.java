package org.arbiter.web.intake;

import java.time.Duration;

import jakarta.servlet.ServletContext;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts {@link FilingAdmission} in front of the WAR's servlets when Undertow deploys it (found through
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}), with the limits from configuration:
 * {@code arbiter.intake.max-concurrent-filings}, {@code arbiter.intake.filing-queue} and
 * {@code arbiter.intake.queue-full-retry-after}. A value out of range fails the deployment.
 */
public final class IntakeAdmission implements ServletExtension {

    private static final System.Logger LOG = System.getLogger(IntakeAdmission.class.getName());

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        Config config = ConfigProvider.getConfig(deployment.getClassLoader());
        FilingAdmission admission = new FilingAdmission(
                config.getValue("arbiter.intake.max-concurrent-filings", Integer.class),
                config.getValue("arbiter.intake.filing-queue", Integer.class),
                config.getValue("arbiter.intake.queue-full-retry-after", Duration.class));
        deployment.addInitialHandlerChainWrapper(admission::wrap);
        LOG.log(System.Logger.Level.INFO, "Intake admission: " + admission);
    }
}
