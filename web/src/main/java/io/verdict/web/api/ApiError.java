package io.verdict.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every API error: a short title and what exactly went wrong. */
public record ApiError(String error, String detail) {

    /** A JSON error response with the status's reason phrase as the title. */
    public static Response response(Response.StatusType status, String detail) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getReasonPhrase(), detail))
                .build();
    }
}
