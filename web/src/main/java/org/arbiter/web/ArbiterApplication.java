package org.arbiter.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Resources and providers are discovered by scanning. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Arbiter", version = "1",
                description = "Complaint and dispute arbitration for e-commerce marketplaces. Errors are "
                        + "application/problem+json (RFC 9457). Writes accept an Idempotency-Key."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Demo accounts (see the README) in the demo mode")
public class ArbiterApplication extends Application {
}
