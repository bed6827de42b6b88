package coop.harvest.web;

import coop.harvest.platform.ProblemException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Faces failures that the client caused are client errors, not server errors: an expired or forged view state, a
 * post without PrimeFaces' CSP nonce, a protected view posted from elsewhere, or a refusal of the business rules
 * while rendering (an unknown product in an address) answer the site's error page with 400 (or the refusal's own
 * 4xx), never the container's 500 page. Everything else is left to the default handler.
 */
public class ClientErrorHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ClientErrorHandler.class.getName());

    public ClientErrorHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
             events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            int status = clientStatus(thrown);
            if (status > 0 && context != null) {
                events.remove();
                sendError(context, status, thrown);
                break;
            }
        }
        // the rest of the queue goes to the default handler (only when nothing was answered here)
        if (context == null || !context.getResponseComplete()) {
            getWrapped().handle();
        } else {
            getUnhandledExceptionQueuedEvents().iterator().forEachRemaining(e -> { });
        }
    }

    /** The 4xx status for a failure the client caused, or 0. */
    static int clientStatus(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
                return 400;
            }
            if (t instanceof ProblemException problem && problem.status() < 500) {
                return problem.status() == 422 ? 400 : problem.status();
            }
            String name = t.getClass().getName();
            if (name.equals("org.primefaces.csp.CspException")) {
                return 400;
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            // Mojarra's view state decoding of a forged or truncated client value
            if (t instanceof FacesException && message.contains("ViewState")) {
                return 400;
            }
        }
        return 0;
    }

    private static void sendError(FacesContext context, int status, Throwable thrown) {
        ExternalContext external = context.getExternalContext();
        LOG.log(Level.FINE, "Client error {0}: {1}", new Object[] {status, thrown});
        try {
            if (!external.isResponseCommitted()) {
                external.responseReset();
                external.responseSendError(status, null);
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "Could not send the error page", e);
        }
        context.responseComplete();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ClientErrorHandler(getWrapped().getExceptionHandler());
        }
    }
}
