package se.accessiblenav.server.system;

/** A part of the server cannot do its work just now (503): our fault, not the client's, and worth a retry. */
public class ServiceUnavailableException extends RuntimeException {
    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
