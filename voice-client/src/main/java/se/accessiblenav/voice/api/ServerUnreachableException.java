package se.accessiblenav.voice.api;

/** The server did not answer (down, unreachable, timed out or failing with a server error). */
public class ServerUnreachableException extends Exception {
    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
