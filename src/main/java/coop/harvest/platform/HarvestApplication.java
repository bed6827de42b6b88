package coop.harvest.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API lives under {@code /api}; pages at the root. */
@ApplicationPath("api")
@DeclareRoles({"COOPERATIVE", "BUYER", "STAFF", "EXPERT"})
@OpenAPIDefinition(info = @Info(title = "Harvest Exchange API", version = "1",
        description = "Open marketplace for farm produce: supply listings, demand, matching, orders, moderation"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Token from POST /api/auth/token")
public class HarvestApplication extends Application {

    /** Status-only responses must not turn into the container's HTML error page. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        // no WADL: it (and OPTIONS answers built from it) would name Jersey and its version
        return java.util.Map.of("jersey.config.server.response.setStatusOverSendError", true,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
