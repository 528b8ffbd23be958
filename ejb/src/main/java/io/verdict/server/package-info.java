/**
 * Where this server is: its own address for calls to itself, and the public address that links in e-mails point at.
 * Ground vocabulary: it uses no feature package.
 */
package io.verdict.server;
