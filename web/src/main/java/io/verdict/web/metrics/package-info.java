/**
 * The Prometheus endpoint ({@code /metrics}). It shows and forwards; the rules and the data stay in the EJB module.
 */
package io.verdict.web.metrics;
