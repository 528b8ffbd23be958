/**
 * Runs in the API ({@code /runs}: lists, items, reports, relaunch, stop, resolution) and the console's runs and run
 * pages. It shows and forwards; the rules and the data stay in the EJB module.
 */
package io.verdict.web.run;
