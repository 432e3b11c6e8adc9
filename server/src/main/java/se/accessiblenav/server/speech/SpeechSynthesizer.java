package se.accessiblenav.server.speech;

/** Turns a sentence into WAV audio with one voice. */
interface SpeechSynthesizer extends AutoCloseable {
    /** What speaks, for logs and the {@code X-Speech-Voice} header, e.g. "FreeTTS kevin16". */
    String voiceName();

    /** A complete WAV file (RIFF header and samples) of the text spoken. */
    byte[] toWav(String text) throws SpeechFailedException;

    @Override
    default void close() {}
}
