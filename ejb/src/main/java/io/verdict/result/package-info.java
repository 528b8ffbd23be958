/**
 * What a record's result means: OK, KO (controlled failure, for the business team) or ERROR (uncontrolled failure, for
 * IT), with reason codes and suggested actions. Record handlers signal KO with {@link
 * io.verdict.handler.BusinessRuleException} and ERROR with {@link io.verdict.handler.TechnicalException}.
 */
package io.verdict.result;
