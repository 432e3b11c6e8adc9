package se.accessiblenav.voice.speech;

import java.io.PrintWriter;

/** Writes each sentence on the console as well ("» text"), then lets the voice say it. */
public final class EchoingSpeaker implements Speaker {
    private final Speaker voice;
    private final PrintWriter out;

    public EchoingSpeaker(Speaker voice, PrintWriter out) {
        this.voice = voice;
        this.out = out;
    }

    @Override
    public void speak(Utterance utterance, Runnable audioStarted) throws SpeechException {
        out.println("» " + utterance.text());
        out.flush();
        voice.speak(utterance, audioStarted);
    }

    @Override
    public void cancel() {
        voice.cancel();
    }

    @Override
    public String describe() {
        return voice.describe();
    }

    @Override
    public void close() {
        voice.close();
    }
}
