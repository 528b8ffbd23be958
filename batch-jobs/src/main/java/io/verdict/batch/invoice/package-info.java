/**
 * The data rules of the {@code invoice-check} process: before the invoicing portal is touched, each record's invoice
 * number, customer tax id (Spanish NIF, NIE or CIF), date and amount are checked, and the first failing rule ends the
 * record KO with a reason and a suggested action a business user can act on. Plain Java, no container needed.
 */
package io.verdict.batch.invoice;
