/**
 * Secrets such as a portal's password: write-only over the API, kept with AES-256-GCM under a key outside the database,
 * and read only by a process's handler, for its own process or for every process.
 */
package io.verdict.secret;
