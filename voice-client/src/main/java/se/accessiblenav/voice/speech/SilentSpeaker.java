package se.accessiblenav.voice.speech;

/** Says nothing (the transcript still records what would have been said). */
public final class SilentSpeaker implements Speaker {
    @Override
    public void speak(Utterance utterance, Runnable audioStarted) {
        audioStarted.run();
    }

    @Override
    public void cancel() {}

    @Override
    public String describe() {
        return "no speech";
    }

    @Override
    public void close() {}
}
