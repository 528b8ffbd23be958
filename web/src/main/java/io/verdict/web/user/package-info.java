/**
 * The signed-in user's own page and API ({@code /me}): who they are, their roles and the e-mail address summaries go
 * to. It shows and forwards; the rules and the data stay in the EJB module.
 */
package io.verdict.web.user;
