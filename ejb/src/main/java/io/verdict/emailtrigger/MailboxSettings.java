package io.verdict.emailtrigger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The IMAP account whose folders processes watch ({@code VERDICT_IMAP_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _SSL}), how often it is read ({@code VERDICT_IMAP_POLL_SECONDS}) and who may start runs by
 * e-mail ({@code VERDICT_IMAP_ALLOWED_SENDERS}: addresses and {@code @domain}s, comma-separated; required, since
 * anyone can send mail). Without a host the e-mail trigger is off.
 */
@ApplicationScoped
public class MailboxSettings {

    private static final String TIMEOUT_MS = "30000", CONNECT_TIMEOUT_MS = "10000";

    @Inject
    @ConfigProperty(name = "verdict.imap.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "verdict.imap.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "verdict.imap.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "verdict.imap.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "verdict.imap.ssl", defaultValue = "true")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "verdict.imap.poll-seconds", defaultValue = "60")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "verdict.imap.allowed-senders")
    Optional<String> allowedSenders;

    @PostConstruct
    void validate() {
        if (pollSeconds < 1) {
            throw new IllegalStateException("VERDICT_IMAP_POLL_SECONDS is " + pollSeconds + ": it must be 1 or more.");
        }
        if (isConfigured() && (user.isEmpty() || password.isEmpty())) {
            throw new IllegalStateException(
                    "VERDICT_IMAP_HOST is set: VERDICT_IMAP_USER and VERDICT_IMAP_PASSWORD are needed to read it.");
        }
        if (isConfigured() && allowed().isEmpty()) {
            throw new IllegalStateException("VERDICT_IMAP_HOST is set: VERDICT_IMAP_ALLOWED_SENDERS must say who may"
                    + " start runs by e-mail (addresses and @domains, comma-separated), since anyone can send mail.");
        }
    }

    public boolean isConfigured() {
        return host.filter(name -> !name.isBlank()).isPresent();
    }

    public int pollSeconds() {
        return pollSeconds;
    }

    /** {@code imap} or {@code imaps}. */
    String protocol() {
        return ssl ? "imaps" : "imap";
    }

    /** Jakarta Mail properties for the store: server and timeouts, so a silent server cannot hold the poller. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        String prefix = "mail." + protocol() + ".";
        properties.setProperty("mail.store.protocol", protocol());
        properties.setProperty(prefix + "host", host.orElseThrow().strip());
        properties.setProperty(prefix + "port", String.valueOf(port.orElse(ssl ? 993 : 143)));
        properties.setProperty(prefix + "connectiontimeout", CONNECT_TIMEOUT_MS);
        properties.setProperty(prefix + "timeout", TIMEOUT_MS);
        return properties;
    }

    String user() {
        return user.orElseThrow();
    }

    String password() {
        return password.orElseThrow();
    }

    /** Whether this sender may start runs by e-mail: its address, or its domain, is listed. */
    boolean allows(String sender) {
        String address = sender.toLowerCase(Locale.ROOT);
        return allowed().stream()
                .anyMatch(entry -> entry.startsWith("@") ? address.endsWith(entry) : address.equals(entry));
    }

    private List<String> allowed() {
        return allowedSenders.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .filter(entry -> !entry.isEmpty())
                .toList();
    }
}
