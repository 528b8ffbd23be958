/**
 * Robots in the API ({@code /robots}, licences) and the console's robots page. It shows and forwards; the rules and the
 * data stay in the EJB module.
 */
package io.verdict.web.robot;
