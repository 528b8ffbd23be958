/**
 * The admin's purge call ({@code POST /retention/purge}). It shows and forwards; the rules and the data stay in the EJB
 * module.
 */
package io.verdict.web.retention;
