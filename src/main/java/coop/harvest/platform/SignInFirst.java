package coop.harvest.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
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
    /** The largest upload any operation takes (a listing's photo, 8 MiB; listings.boundary.ListingPhotos). */
    private static final long LARGEST_UPLOAD = 8L * 1024 * 1024;

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
            request.abortWith(Problems.response(401, "Not signed in",
                    "Sign in first: send Authorization: Bearer <token>", null, null,
                    Map.of("WWW-Authenticate", "Bearer")));
        }
    }

    /**
     * Reads and drops the refused request's body, up to four times the largest body the operation could take, so that
     * a client still sending it (a photo of several MiB) reads the 401 instead of a closed connection; a larger body
     * is left to the container.
     */
    private static void drain(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        long left = BodySizeLimit.isUpload(request) ? 4 * LARGEST_UPLOAD : 4L * JsonRecordReader.MAX_BODY_BYTES;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = request.getEntityStream()) {
            int read;
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
                left -= read;
            }
        } catch (IOException clientWentAway) {
            // nothing to answer to
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
