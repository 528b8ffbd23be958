/**
 * Schedules in the API ({@code /schedules}: rules, previews of coming due times, ledgers) and the console's schedules
 * page. It shows and forwards; the rules and the data stay in the EJB module.
 */
package io.verdict.web.schedule;
