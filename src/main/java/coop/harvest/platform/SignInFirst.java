package coop.harvest.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * An operation that the OpenAPI document declares as needing the bearer token ({@link SecurityRequirement} on the
 * resource method or its class) answers an anonymous caller 401 before anything else: before its body is read and
 * validated, so that nobody learns a protected endpoint's rules (400, 422) without signing in first, as API.md says
 * ("unauthenticated calls to protected endpoints get a problem+json 401"). Who may do what once signed in stays with
 * the session beans' roles; this only makes the published document and the answers agree on who must sign in.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignInFirst implements ContainerRequestFilter {

    private static final Map<Method, Boolean> PROTECTED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || !PROTECTED.computeIfAbsent(method, SignInFirst::declaresSignIn)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            drain(request);
            request.abortWith(Problems.notSignedIn());
        }
    }

    /** Reads and drops the refused body, so that a client still sending a photo reads the 401. */
    private static void drain(ContainerRequestContext request) {
        if (request.hasEntity()) {
            BodySizeLimit.discard(request.getEntityStream(), BodySizeLimit.isUpload(request)
                    ? BodySizeLimit.MAX_UPLOAD_BYTES : JsonRecordReader.MAX_BODY_BYTES);
        }
    }

    /** True when the method, or else its class, declares a security requirement that is not the empty one. */
    static boolean declaresSignIn(Method method) {
        Boolean declared = declared(method);
        // the class as written, also when the runtime hands over a container's subclass of it
        for (Class<?> type = method.getDeclaringClass(); declared == null && type != null && type != Object.class;
             type = type.getSuperclass()) {
            declared = declared(type);
        }
        return Boolean.TRUE.equals(declared);
    }

    private static Boolean declared(AnnotatedElement element) {
        SecurityRequirement one = element.getAnnotation(SecurityRequirement.class);
        SecurityRequirements many = element.getAnnotation(SecurityRequirements.class);
        if (one == null && many == null) {
            return null;
        }
        if (one != null && !one.name().isEmpty()) {
            return true;
        }
        // an empty requirement among several means "or anonymously"
        if (many != null) {
            for (SecurityRequirement each : many.value()) {
                if (each.name().isEmpty()) {
                    return false;
                }
            }
            return many.value().length > 0;
        }
        return false;
    }
}
