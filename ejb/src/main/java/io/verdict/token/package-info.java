/**
 * API tokens for scripts and robots: made by admins, shown once, kept as SHA-256, used as {@code Bearer} with their
 * role, deleted at once.
 */
package io.verdict.token;
