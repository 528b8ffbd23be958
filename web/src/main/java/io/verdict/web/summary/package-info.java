/**
 * A run's summary e-mail as the API and the run page show it. It shows and forwards; the rules and the data stay in the
 * EJB module.
 */
package io.verdict.web.summary;
