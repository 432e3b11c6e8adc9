package se.accessiblenav.voice.speech;

/** A voice: says one utterance at a time. */
public interface Speaker extends AutoCloseable {
    /**
     * Says an utterance and returns when it has been said or was cancelled; calls {@code audioStarted} once,
     * when its first audio goes out (to the device or the file).
     */
    void speak(Utterance utterance, Runnable audioStarted) throws SpeechException;

    /** Cuts off the utterance being said, if any. Safe from any thread. */
    void cancel();

    /** "FreeTTS kevin16 to WAV files in speech/", for logs and the transcript. */
    String describe();

    @Override
    void close();
}
