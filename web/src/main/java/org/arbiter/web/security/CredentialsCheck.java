package org.arbiter.web.security;

import jakarta.servlet.ServletContext;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts {@link MalformedCredentials} in front of the WAR's servlets when Undertow deploys it (found through
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}), with the challenge of the configured sign-in
 * ({@code arbiter.sign-in}).
 */
public final class CredentialsCheck implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        String signIn = ConfigProvider.getConfig(deployment.getClassLoader())
                .getOptionalValue("arbiter.sign-in", String.class).orElse("basic");
        deployment.addInitialHandlerChainWrapper(new MalformedCredentials(SignIn.of(signIn)));
    }
}
