package se.accessiblenav.core.routing;

/**
 * The router cannot be set up because of its configuration (a missing OSM file, a cache folder that
 * holds something else). The message says what is wrong; {@link #action()} what to do about it.
 */
public class RouterSetupException extends RuntimeException {
    private final String action;

    public RouterSetupException(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
