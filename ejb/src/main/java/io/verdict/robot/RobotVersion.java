package io.verdict.robot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Verdict version such as {@code 1.4}, {@code 1.4.2} or {@code 1.5.0-SNAPSHOT}, ordered as people expect: numbers
 * compare as numbers, missing parts are zero, and a version with a qualifier comes before the release it leads to.
 */
public record RobotVersion(List<Integer> numbers, String qualifier) implements Comparable<RobotVersion> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9}){0,3})(?:-([A-Za-z0-9.]{1,30}))?");

    /** What a version looks like, for error messages. */
    public static final String EXPECTED = "numbers separated by dots, optionally followed by -QUALIFIER (e.g. 1.4.2)";

    /** The version {@code text} spells, or empty when it is not a version. */
    public static Optional<RobotVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : matcher.group(1).split("\\.")) {
            numbers.add(Integer.parseInt(part));
        }
        return Optional.of(new RobotVersion(List.copyOf(numbers), matcher.group(2)));
    }

    @Override
    public int compareTo(RobotVersion other) {
        for (int i = 0; i < Math.max(numbers.size(), other.numbers.size()); i++) {
            int difference = Integer.compare(part(i), other.part(i));
            if (difference != 0) {
                return difference;
            }
        }
        if (qualifier == null || other.qualifier == null) {
            return Boolean.compare(qualifier == null, other.qualifier == null);
        }
        return qualifier.compareToIgnoreCase(other.qualifier);
    }

    public boolean isBelow(RobotVersion minimum) {
        return compareTo(minimum) < 0;
    }

    private int part(int index) {
        return index < numbers.size() ? numbers.get(index) : 0;
    }
}
