/**
 * API tokens in the API ({@code /tokens}) and the console's tokens page. It shows and forwards; the rules and the data
 * stay in the EJB module.
 */
package io.verdict.web.token;
