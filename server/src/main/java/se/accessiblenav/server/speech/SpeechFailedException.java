package se.accessiblenav.server.speech;

import se.accessiblenav.server.system.ServiceUnavailableException;

/** The voice could not speak a text: a fault on our side (503), never the client's. */
public class SpeechFailedException extends ServiceUnavailableException {
    public SpeechFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
