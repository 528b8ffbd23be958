package io.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

/**
 * The sandbox invoicing portal as the tests set it up: invoice states, as a robot sees them without signing in; and,
 * as an admin, injected faults, latency, a password and the calls it answered at once.
 */
public final class Sandbox {

    private final Api portal;
    private final Api control;

    public Sandbox(URL deployment) {
        this.portal = Api.anonymous(deployment);
        this.control = Api.as(deployment, "admin", "admin");
    }

    public Sandbox invoice(String number, String status) {
        assertThat(portal.put("sandbox/api/invoices/" + number, "{\"status\":\"" + status + "\"}")
                        .status())
                .isEqualTo(200);
        return this;
    }

    public Sandbox fault(String invoice, String mode, int times) {
        String json = "{\"invoice\":\"" + invoice + "\",\"mode\":\"" + mode + "\",\"times\":" + times + "}";
        assertThat(control.put("sandbox/api/faults", json).status()).isEqualTo(204);
        return this;
    }

    public Sandbox latency(int ms) {
        assertThat(control.put("sandbox/api/latency", "{\"ms\":" + ms + "}").status())
                .isEqualTo(204);
        return this;
    }

    /** From now on the portal wants this password ({@code Authorization: Bearer}); null opens it again. */
    public Sandbox password(String password) {
        String json = password == null ? "{\"password\":null}" : "{\"password\":\"" + password + "\"}";
        assertThat(control.put("sandbox/api/password", json).status()).isEqualTo(204);
        return this;
    }

    /** From now on, count the requests about invoices that the portal answers at once. */
    public Sandbox countCalls() {
        assertThat(control.delete("sandbox/api/calls").status()).isEqualTo(204);
        return this;
    }

    /** The most requests about invoices answered at once since {@link #countCalls()}. */
    public int callsAtOnce() {
        return control.get("sandbox/api/calls").object().getInt("atOnce");
    }

    /** How many times the invoice was submitted to the portal (accepted or refused). */
    public int submissions(String number) {
        Api.Response invoice = portal.get("sandbox/api/invoices/" + number);
        return invoice.status() == 404 ? 0 : invoice.object().getInt("submissions");
    }

    public String status(String number) {
        return portal.get("sandbox/api/invoices/" + number).object().getString("status");
    }
}
