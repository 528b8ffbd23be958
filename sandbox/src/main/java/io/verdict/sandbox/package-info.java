/**
 * The sandbox invoicing portal, a stand-in for a customer's website, in a WAR of its own deployed beside Verdict for
 * the tests and for trying Verdict on the embedded database, never inside the EAR. Its state is in memory and bounded;
 * its control calls need a Verdict admin.
 */
package io.verdict.sandbox;
