/**
 * The e-mail trigger: a process may watch an IMAP folder; a message from an allowed sender with one .xlsx or .csv
 * attachment starts a run, any other gets a reply saying why, and each message is taken once.
 */
package io.verdict.emailtrigger;
