package se.accessiblenav.server.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is wrong with an answer to a hostile request, if anything: a 5xx, an error body that is not a
 * problem document, one that names the server's insides (Java classes, libraries, SQL) or one that repeats
 * a large input. GraphHopper's own kinds of error in {@code hints[].details} are its wire format, which
 * its clients read, and are allowed.
 */
public final class AnswerJudge {
    public static final Set<String> GRAPHHOPPER_ERROR_KINDS = Set.of(
            "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException",
            "java.lang.RuntimeException",
            "com.graphhopper.util.exceptions.PointNotFoundException",
            "com.graphhopper.util.exceptions.PointOutOfBoundsException",
            "com.graphhopper.util.exceptions.ConnectionNotFoundException",
            "com.graphhopper.util.exceptions.MaximumNodesExceededException");
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|mil|tools)\\.[a-z0-9_]+\\.|Exception\\b|\\bat [a-z]+\\.[a-z]+\\(|PRAGMA|"
                    + "janino|jackson|tomcat|JsonToken|StreamReadConstraints|Whitelabel|\\bnull pointer",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_ERROR_BYTES = 8 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJudge() {}

    /** The fault of an answer, or null when it is a fine answer (any 2xx-4xx with a clean body). */
    public static String fault(int status, byte[] body) {
        if (status >= 500) return "answered " + status + " " + shown(body);
        if (status < 400) return null;
        if (body.length > MAX_ERROR_BYTES) return "error body of " + body.length + " bytes";
        String text = new String(body, StandardCharsets.UTF_8);
        String withoutKinds = text;
        try {
            JsonNode json = JSON.readTree(text);
            for (JsonNode hint : json.path("hints")) {
                String kind = hint.path("details").asText();
                if (GRAPHHOPPER_ERROR_KINDS.contains(kind)) ((ObjectNode) hint).remove("details");
            }
            withoutKinds = json == null ? "" : json.toString();
        } catch (Exception notJson) {
            if (!text.isEmpty()) return "error body is not a problem document: " + shown(body);
        }
        if (INTERNALS.matcher(withoutKinds).find()) return "names the server's insides: " + shown(body);
        return null;
    }

    static String shown(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
