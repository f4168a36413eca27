package org.arbiter.web.problem;

import jakarta.servlet.ServletContext;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;

/**
 * Puts in front of the WAR's servlets (found through {@code META-INF/services/io.undertow.servlet.ServletExtension})
 * the answers to requests the container would otherwise refuse with its own HTML page or fail with a 500 before
 * any of the application's code runs: {@link HiddenPaths}, {@link UnreadableQualities}.
 */
public final class ContainerRefusals implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addInitialHandlerChainWrapper(UnreadableQualities::wrap);
        deployment.addInitialHandlerChainWrapper(HiddenPaths::wrap);
    }
}
