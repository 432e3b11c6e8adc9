package se.accessiblenav.voice.speech;

import java.io.PrintWriter;

/** Writes what would be said, one line each ("» text"): for a terminal, a screen reader or tests. */
public final class TextSpeaker implements Speaker {
    private final PrintWriter out;

    public TextSpeaker(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void speak(Utterance utterance, Runnable audioStarted) {
        audioStarted.run();
        out.println("» " + utterance.text());
        out.flush();
    }

    @Override
    public void cancel() {}

    @Override
    public String describe() {
        return "text on the console";
    }

    @Override
    public void close() {
        out.flush();
    }
}
