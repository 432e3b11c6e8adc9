package se.accessiblenav.voice.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.SourceDataLine;

/**
 * FreeTTS's audio output for one utterance at a time: to an open audio line, or collected for a WAV file.
 * Leaves out the voice's lead-in silence (kevin16 starts every utterance with about 200 ms of it, which would
 * only delay the first word), notes when the first word goes out (the start of audio) and stops writing when
 * cancelled, which makes FreeTTS stop synthesising the rest.
 */
final class PcmAudioPlayer implements AudioPlayer {
    /** Samples quieter than this (of 32,768) before the first word are the lead-in silence. */
    private static final int SILENCE_LEVEL = 64;
    /** Kept before the first word so that its onset is whole. */
    private static final double ONSET_SECONDS = 0.01;

    private final SourceDataLine line;
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
    private AudioFormat format = new AudioFormat(16000, 16, 1, true, true);
    private volatile boolean cancelled;
    private Runnable audioStarted = () -> {};
    private boolean started;
    private float volume = 1;

    /** @param line the audio device, or null to collect the samples for a file */
    PcmAudioPlayer(SourceDataLine line) {
        this.line = line;
    }

    /** Ready for the next utterance. */
    void prepare(Runnable onAudioStart) {
        collected.reset();
        cancelled = false;
        started = false;
        audioStarted = onAudioStart;
    }

    byte[] samples() {
        return collected.toByteArray();
    }

    boolean wasCancelled() {
        return cancelled;
    }

    @Override
    public void setAudioFormat(AudioFormat audioFormat) {
        this.format = audioFormat;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public boolean write(byte[] bytes, int offset, int size) {
        if (cancelled) return false;
        if (!started) {
            int firstWord = firstSoundFrom(bytes, offset, size);
            if (firstWord < 0) return true;
            int from =
                    Math.max(offset, firstWord - (int) (ONSET_SECONDS * format.getFrameRate()) * format.getFrameSize());
            size -= from - offset;
            offset = from;
            started = true;
            audioStarted.run();
        }
        if (line != null) line.write(bytes, offset, size);
        else collected.write(bytes, offset, size);
        return !cancelled;
    }

    /**
     * Where the first sample louder than silence starts (an index into {@code bytes}), or -1 if there is none;
     * for audio other than 16-bit mono, {@code offset} (nothing is left out).
     */
    private int firstSoundFrom(byte[] bytes, int offset, int size) {
        if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1) return offset;
        boolean bigEndian = format.isBigEndian();
        for (int i = offset; i + 1 < offset + size; i += 2) {
            int sample = bigEndian ? (bytes[i] << 8) | (bytes[i + 1] & 0xff) : (bytes[i + 1] << 8) | (bytes[i] & 0xff);
            if (Math.abs(sample) > SILENCE_LEVEL) return i;
        }
        return -1;
    }

    @Override
    public void cancel() {
        cancelled = true;
        if (line != null) line.flush();
    }

    @Override
    public boolean drain() {
        if (line != null) line.drain();
        return !cancelled;
    }

    @Override
    public void begin(int size) {}

    @Override
    public boolean end() {
        return !cancelled;
    }

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public void reset() {}

    @Override
    public void close() {
        if (line != null) line.close();
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {}

    @Override
    public void startFirstSampleTimer() {}

    @Override
    public void showMetrics() {}
}
