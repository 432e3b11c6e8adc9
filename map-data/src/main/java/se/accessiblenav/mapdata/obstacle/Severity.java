package se.accessiblenav.mapdata.obstacle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How routing treats an obstacle. */
public enum Severity {
    /** Routes must not pass. */
    BLOCKING,
    /** Routes avoid it where reasonable; walkers who still pass are warned. */
    HAZARD,
    /** Only announced. */
    INFO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    public static String allCodes() {
        return Arrays.stream(values()).map(Severity::code).collect(Collectors.joining(", "));
    }
}
