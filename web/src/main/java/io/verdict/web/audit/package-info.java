/**
 * The audit trail in the API ({@code /audit}) and the console's audit page (admins only). It shows and forwards; the
 * rules and the data stay in the EJB module.
 */
package io.verdict.web.audit;
