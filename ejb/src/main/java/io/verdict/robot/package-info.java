/**
 * The robots that run processes: each server is one, known by name and version, alive by its heartbeat, and available
 * only with a licence within the plan's number of robots. The roster answers which robot may take a run; it must not
 * start runs itself.
 */
package io.verdict.robot;
