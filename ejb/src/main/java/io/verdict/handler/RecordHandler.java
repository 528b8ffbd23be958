package io.verdict.handler;

/**
 * What a process does with one record. The engine calls {@link #checkData} first (alone, in a dry run), then
 * {@link #process}. A {@link BusinessRuleException} ends the record KO; a {@link TechnicalException} (or anything
 * unexpected) is retried with backoff and ends it ERROR. Implementations are {@code @Named} CDI beans named by the job
 * XML's {@code handler} property.
 */
public interface RecordHandler {

    /** The data rules: must not touch any target system. */
    void checkData(PendingItem record, RunContext run) throws BusinessRuleException;

    /** Does the work in the target system and returns what the user should see as the record's output. */
    String process(PendingItem record, RunContext run) throws BusinessRuleException, TechnicalException;
}
