package io.verdict.error;

import jakarta.ejb.ApplicationException;

/** The request is valid but the current state forbids it, e.g. stopping a finished run. The API answers 409. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
