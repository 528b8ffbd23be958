/**
 * People who sign in: their roles, hashed passwords and e-mail address, and the admin (and demo users) created on first
 * start. It knows nothing of runs or processes.
 */
package io.verdict.user;
