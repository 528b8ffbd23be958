/**
 * The console's dashboard: results per day, top KO reasons, runs that need attention, robots. It shows and forwards;
 * the rules and the data stay in the EJB module.
 */
package io.verdict.web.dashboard;
