package se.accessiblenav.server.system;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mistake in the client's request: answered with 400 and a message a person understands. {@code
 * errorType} and {@code details} also go into GraphHopper's error shape ({@code hints[0].details}, e.g.
 * the exception class its Java client turns back into an exception, and {@code point_index}).
 */
public class ClientProblemException extends RuntimeException {
    private final String errorType;
    private final Map<String, Object> details;
    private final int status;

    public ClientProblemException(String message) {
        this(message, IllegalArgumentException.class.getName(), Map.of());
    }

    public ClientProblemException(String message, String errorType, Map<String, Object> details) {
        this(400, message, errorType, details);
    }

    /** A client mistake answered with another 4xx status (404 unknown, 409 conflict, 413 too large, ...). */
    public ClientProblemException(int status, String message, String errorType, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.errorType = errorType;
        this.details = new LinkedHashMap<>(details);
    }

    public int status() {
        return status;
    }

    public String errorType() {
        return errorType;
    }

    public Map<String, Object> details() {
        return Map.copyOf(details);
    }
}
