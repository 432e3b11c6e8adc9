package se.accessiblenav.voice.speech;

/** A voice failed to say something (no audio device, espeak-ng missing, a file that cannot be written). */
public class SpeechException extends Exception {
    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }
}
