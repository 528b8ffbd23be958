/**
 * The robot protocol's work half: external robots lease a run's records over HTTP, one lease per record, and answer
 * each with OK, KO or ERROR. {@link io.verdict.lease.WorkLeases} hands out, answers, extends, releases and revokes
 * leases; {@link io.verdict.lease.LeaseExpiry} ends the ones whose robot fell silent; the run's batch job reads the
 * answers ({@link io.verdict.lease.WorkLeases#answered}) and writes them as results with the engine's one retry and
 * skip policy; {@link io.verdict.lease.RunLeases} opens a run to leases as it is created, and writes or revokes what
 * is left when it ends without its job. SQL over {@code work_lease} lives in {@link io.verdict.lease.LeaseRows} alone.
 */
package io.verdict.lease;
