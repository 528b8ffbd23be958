/**
 * When processes run by themselves: a schedule's rule in GMT, backed by a persistent EJB timer ({@link
 * io.verdict.schedule.ScheduleTimers}, whose {@link io.verdict.schedule.TimerInfo} names the schedule and rule
 * revision); each due time gets one line in the schedule's ledger ({@link io.verdict.schedule.LedgerLine}), fired,
 * missed or caught up, and the coming due times are previewed ({@link io.verdict.schedule.ComingDueTime}). A firing
 * starts its run from the process's inbox folder.
 */
package io.verdict.schedule;
