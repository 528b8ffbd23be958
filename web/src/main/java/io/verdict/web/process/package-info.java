/**
 * Processes in the API ({@code /processes}: settings, starting a run from a file, JSON or the inbox) and the console's
 * processes page. It shows and forwards; the rules and the data stay in the EJB module.
 */
package io.verdict.web.process;
