package se.accessiblenav.server.system;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last look at every error message before it leaves: Java type names (which Spring's and the
 * libraries' messages contain) become words, control characters become {@code ?}, and the length is
 * bounded, so an answer never repeats a large input.
 */
final class ProblemMessages {
    static final int MAX_LENGTH = 600;
    private static final Pattern JAVA_TYPE =
            Pattern.compile("`?\\b(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][A-Za-z0-9_$]*)(?:\\[\\])?`?");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("String", "text"),
            Map.entry("Integer", "whole number"),
            Map.entry("Long", "whole number"),
            Map.entry("Double", "number"),
            Map.entry("Float", "number"),
            Map.entry("Boolean", "true or false"),
            Map.entry("UUID", "UUID"),
            Map.entry("Instant", "time"));

    private ProblemMessages() {}

    static String clean(String message) {
        if (message == null) return null;
        Matcher m = JAVA_TYPE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(WORDS.getOrDefault(m.group(1), "value")));
        m.appendTail(out);
        String text = out.toString().replaceAll("[\\p{Cntrl}&&[^\n]]", "?");
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }
}
