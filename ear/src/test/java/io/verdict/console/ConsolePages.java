package io.verdict.console;

import java.net.URL;

/** Addresses of console pages on the suite's server. */
final class ConsolePages {

    private ConsolePages() {}

    static String address(URL deployment, String path) {
        return deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort() + "/" + path;
    }
}
