package coop.harvest.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Bean Validation failures of request bodies and parameters. Registered for the exact type so that it wins over
 * the JAX-RS implementation's own validation mapper, and hands over to {@link ProblemMappers}.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    Providers providers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return providers.getExceptionMapper(Throwable.class).toResponse(exception);
    }
}
