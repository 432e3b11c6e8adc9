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
    static final int MAX_LIST = 10;
    static final int MAX_NESTED_LIST = 3;
    static final int MAX_DETAIL_LENGTH = 300;
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

    /**
     * The extra fields of a problem (lists of rejected features and their problems, ...), bounded so that an
     * answer stays a few kilobytes whatever was sent: the first {@value #MAX_LIST} entries of a list (
     * {@value #MAX_NESTED_LIST} of a list inside it), each text cleaned and cut to {@value #MAX_DETAIL_LENGTH}
     * characters.
     */
    static Object cleanDetail(Object value) {
        return cleanDetail(value, 0);
    }

    private static Object cleanDetail(Object value, int depth) {
        if (value instanceof String text) {
            String cleaned = clean(text);
            return cleaned.length() > MAX_DETAIL_LENGTH ? cleaned.substring(0, MAX_DETAIL_LENGTH) + "…" : cleaned;
        }
        if (value instanceof java.util.Map<?, ?> map) {
            java.util.Map<String, Object> cleaned = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> cleaned.put(String.valueOf(k), cleanDetail(v, depth + 1)));
            return cleaned;
        }
        if (value instanceof java.util.List<?> list)
            return list.stream()
                    .limit(depth == 0 ? MAX_LIST : MAX_NESTED_LIST)
                    .map(v -> cleanDetail(v, depth + 1))
                    .toList();
        return value;
    }

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
