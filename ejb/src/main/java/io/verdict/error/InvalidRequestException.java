package io.verdict.error;

import jakarta.ejb.ApplicationException;

/** The request or its file is wrong, and says where; nothing was created. The API answers 400. */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String detail) {
        super(detail);
    }
}
