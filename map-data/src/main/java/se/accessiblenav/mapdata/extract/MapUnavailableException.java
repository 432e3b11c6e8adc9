package se.accessiblenav.mapdata.extract;

/** No map file could be found or fetched; the message says what to do. */
public class MapUnavailableException extends RuntimeException {
    public MapUnavailableException(String message) {
        super(message);
    }

    public MapUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
