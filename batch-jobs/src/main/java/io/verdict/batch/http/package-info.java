/**
 * The {@code http-per-record} process: one REST call per record, built from URL and body templates with {@code
 * {{Column}}} placeholders; 2xx is OK, the configured statuses are KO with the endpoint's message, 5xx and timeouts are
 * ERROR.
 */
package io.verdict.batch.http;
