/**
 * Secrets in the API ({@code /secrets}, write-only) and the console's secrets page. It shows and forwards; the rules
 * and the data stay in the EJB module.
 */
package io.verdict.web.secret;
