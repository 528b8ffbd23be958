package io.verdict.error;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist: an unknown process, run or item. The API answers 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
