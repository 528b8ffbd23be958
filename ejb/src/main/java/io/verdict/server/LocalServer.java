package io.verdict.server;

/** This server's own HTTP address, as seen from the machine it runs on (WildFly's HTTP port plus its port offset). */
public final class LocalServer {

    private LocalServer() {}

    public static String baseUrl() {
        int port =
                Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + port;
    }
}
