package io.verdict.robot;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The robot this server node is: its name (VERDICT_ROBOT_NAME, or else the host name), the version of Verdict it runs
 * and its operating system.
 */
@ApplicationScoped
public class RobotIdentity {

    /** What a robot name may hold: it appears in URLs ({@code /api/v1/robots/{name}}). */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    /** The rule for robot names, for error messages. */
    public static final String NAME_RULE =
            "up to 100 letters, digits, dots, dashes and underscores, starting with a letter or digit";

    @Inject
    @ConfigProperty(name = "verdict.robot.name")
    Optional<String> configuredName;

    private String name;
    private String version;

    @PostConstruct
    void identify() {
        String given = configuredName.filter(name -> !name.isBlank()).orElseGet(RobotIdentity::hostName);
        name = canonical(given)
                .orElseThrow(() -> new IllegalStateException(
                        "VERDICT_ROBOT_NAME \"" + given + "\" is not a robot name: use " + NAME_RULE + "."));
        version = buildVersion();
    }

    /** Why {@code text} is refused as a robot name, to follow the field it came in. */
    public static String notAName(String text) {
        return "\"" + text + "\" is not a robot name (" + NAME_RULE + ")";
    }

    /**
     * The robot name {@code text} spells, in lower case: robot names, like host names, do not depend on case (MariaDB
     * compares them without it). Empty when it is not a robot name.
     */
    public static Optional<String> canonical(String text) {
        return Optional.ofNullable(text)
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> NAME.matcher(name).matches());
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String buildVersion() {
        Properties build = new Properties();
        try (InputStream in = RobotIdentity.class.getResourceAsStream("build.properties")) {
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build.getProperty("version");
    }
}
