package io.verdict.web.api;

import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's answer to a failed call: 404, 400 or 409 with what was wrong when the caller can fix it; 500 without
 * internals otherwise (the server log has the details).
 */
@Provider
public class ErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        RuntimeException cause = unwrap(exception);
        if (cause instanceof NotFoundException) {
            return ApiError.response(Response.Status.NOT_FOUND, cause.getMessage());
        }
        if (cause instanceof InvalidRequestException) {
            return ApiError.response(Response.Status.BAD_REQUEST, cause.getMessage());
        }
        if (cause instanceof ConflictException) {
            return ApiError.response(Response.Status.CONFLICT, cause.getMessage());
        }
        if (isUnreadableBody(exception)) {
            return ApiError.response(
                    Response.Status.BAD_REQUEST,
                    "The body is not the JSON this call expects: " + rootMessage(exception));
        }
        LOG.log(Level.SEVERE, "API call failed", exception);
        return ApiError.response(
                Response.Status.INTERNAL_SERVER_ERROR, "Verdict could not complete the call; the server log says why.");
    }

    private static boolean isUnreadableBody(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static RuntimeException unwrap(RuntimeException exception) {
        if (exception instanceof EJBException ejb && ejb.getCause() instanceof RuntimeException cause) {
            return cause;
        }
        return exception;
    }
}
