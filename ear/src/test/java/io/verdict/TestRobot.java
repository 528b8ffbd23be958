package io.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An external robot written against the robot protocol, in Java: an admin makes its token and licence, it heartbeats
 * with the processes it works, leases records and answers them, as any robot in any language does over HTTP.
 */
public final class TestRobot {

    public final String name;

    /** The robot token's secret, for a robot process started with it. */
    public final String token;

    private final Api api;
    private final String tokenId;

    private TestRobot(String name, String token, URL url, String tokenId) {
        this.name = name;
        this.token = token;
        this.api = Api.withAuthorization(url, "Bearer " + token);
        this.tokenId = tokenId;
    }

    /** A licensed robot with a token of its own that has called in, working {@code processes}. */
    public static TestRobot connect(URL url, Api admin, String name, String version, String... processes) {
        Api.Response made = admin.post(
                "api/v1/tokens", "{\"name\":\"" + name + "\",\"role\":\"robot\",\"robot\":\"" + name + "\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        TestRobot robot = new TestRobot(
                name,
                made.object().getString("token"),
                url,
                Integer.toString(made.object().getInt("id")));
        robot.heartbeat(version, processes);
        new Fleet(admin).license(name, "IT-" + name.toUpperCase(Locale.ROOT));
        return robot;
    }

    /** The same robot, with the same token, calling another node of the cluster. */
    public TestRobot at(URL node) {
        return new TestRobot(name, token, node, tokenId);
    }

    public void heartbeat(String version, String... processes) {
        String capabilities = String.join(
                ",", List.of(processes).stream().map(p -> "\"" + p + "\"").toList());
        Api.Response beat = api.post(
                "api/v1/robots/" + name + "/heartbeat",
                "{\"version\":\"" + version + "\",\"os\":\"Linux\",\"capabilities\":[" + capabilities + "]}");
        assertThat(beat.status()).as(beat.body()).isEqualTo(200);
    }

    /** The raw answer of a lease call. */
    public Api.Response ask(String process, int max, int waitSeconds) {
        return api.post(
                "api/v1/robots/" + name + "/leases",
                "{\"process\":\"" + process + "\",\"max\":" + max + ",\"waitSeconds\":" + waitSeconds + "}");
    }

    /** Up to {@code max} leases, waiting up to {@code waitSeconds}; empty on a 204. */
    public List<JsonObject> lease(String process, int max, int waitSeconds) {
        Api.Response leased = ask(process, max, waitSeconds);
        assertThat(leased.status()).as(leased.body()).isIn(200, 204);
        return leased.status() == 204 ? List.of() : leased.json().asJsonArray().getValuesAs(JsonObject.class);
    }

    public Api.Response answer(JsonObject lease, String result) {
        return api.post("api/v1/leases/" + lease.getString("leaseId") + "/result", result);
    }

    public Api.Response ok(JsonObject lease, String output) {
        return answer(lease, "{\"result\":\"OK\",\"output\":\"" + output + "\"}");
    }

    /** Answers every lease OK in one batch call ({@code POST /api/v1/leases/results}). */
    public Api.Response okAll(List<JsonObject> leases, String output) {
        return results(leases.stream()
                .map(lease -> "{\"leaseId\":\"" + lease.getString("leaseId") + "\",\"result\":\"OK\",\"output\":\""
                        + output + "\"}")
                .collect(Collectors.joining(",", "[", "]")));
    }

    public Api.Response results(String batch) {
        return api.post("api/v1/leases/results", batch);
    }

    public Api.Response extend(JsonObject lease, int seconds) {
        return api.post("api/v1/leases/" + lease.getString("leaseId") + "/extend", "{\"seconds\":" + seconds + "}");
    }

    public Api.Response release(JsonObject lease) {
        return api.post("api/v1/leases/" + lease.getString("leaseId") + "/release", "");
    }

    /** Takes the robot's licence and token away, so that the plan and the token list are as before. */
    public void disconnect(Api admin) {
        new Fleet(admin).unassign(name);
        admin.delete("api/v1/tokens/" + tokenId);
    }
}
