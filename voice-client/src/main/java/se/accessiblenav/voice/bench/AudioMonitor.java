package se.accessiblenav.voice.bench;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * Listens to what the sound server plays and notes, in {@link System#nanoTime()}, when there was sound. It
 * records the default capture line, which with {@code .ci/test-services}'s PulseAudio null sink is that sink's
 * monitor: what reaches the sound server's output. Each 10 ms of audio is stamped when its read returns, so
 * a delay measured with it includes the capture line's own buffering (at most 30 ms): an upper bound.
 */
public final class AudioMonitor implements AutoCloseable {
    private static final AudioFormat FORMAT = new AudioFormat(16000, 16, 1, true, true);
    private static final int CHUNK_BYTES = 320;
    private static final long CHUNK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int CAPTURE_BUFFER_BYTES = 3 * CHUNK_BYTES;
    /** Louder than this (of 32,768) is sound; the null sink's silence is exactly zero. */
    private static final int SOUND_LEVEL = 300;

    private final TargetDataLine line;
    private final Thread reader;
    private final long[] soundChunks = new long[1 << 16];
    private int soundCount;
    private long lastReadNanos;
    private volatile boolean closed;

    private AudioMonitor(TargetDataLine line) {
        this.line = line;
        this.reader = new Thread(this::read, "audio-monitor");
        reader.setDaemon(true);
        reader.start();
    }

    /** Listening, or empty where there is no capture line (no sound server). */
    public static Optional<AudioMonitor> open() {
        try {
            TargetDataLine line = AudioSystem.getTargetDataLine(FORMAT);
            line.open(FORMAT, CAPTURE_BUFFER_BYTES);
            line.start();
            AudioMonitor monitor = new AudioMonitor(line);
            monitor.awaitListening();
            return Optional.of(monitor);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException noCapture) {
            return Optional.empty();
        }
    }

    /** A capture stream takes up to a second to deliver its first audio; until then nothing would be heard. */
    private synchronized void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            while (lastReadNanos == 0 && System.nanoTime() < deadline)
                TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (lastReadNanos == 0) throw new IllegalStateException("The capture line delivers no audio");
    }

    private void read() {
        byte[] chunk = new byte[CHUNK_BYTES];
        while (!closed) {
            int read = line.read(chunk, 0, chunk.length);
            long now = System.nanoTime();
            boolean sound = false;
            for (int i = 0; i + 1 < read && !sound; i += 2)
                sound = Math.abs((short) ((chunk[i] << 8) | (chunk[i + 1] & 0xff))) > SOUND_LEVEL;
            synchronized (this) {
                if (sound) soundChunks[soundCount++ % soundChunks.length] = now;
                lastReadNanos = now;
                notifyAll();
            }
        }
    }

    /** When the first sound after {@code sinceNanos} was heard, or empty if none within the timeout. */
    public synchronized Optional<Long> firstSoundAfter(long sinceNanos, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        int from = Math.max(0, soundCount - soundChunks.length);
        while (true) {
            for (int i = from; i < soundCount; i++) {
                long at = soundChunks[i % soundChunks.length];
                if (at > sinceNanos) return Optional.of(at);
            }
            from = soundCount;
            long left = deadline - System.nanoTime();
            if (left <= 0) return Optional.empty();
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /**
     * Waits until there has been no sound for {@code quietMillis}; returns when the last sound was heard
     * ({@link Long#MIN_VALUE} if there was none).
     *
     * @throws IllegalStateException when the sound goes on past the timeout
     */
    public synchronized long awaitQuiet(long quietMillis, long timeoutMillis) throws InterruptedException {
        long quiet = TimeUnit.MILLISECONDS.toNanos(quietMillis);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            long last = soundCount == 0 ? Long.MIN_VALUE : soundChunks[(soundCount - 1) % soundChunks.length];
            if (soundCount == 0 || lastReadNanos - last >= quiet) return last;
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new IllegalStateException("Still sound after " + timeoutMillis + " ms");
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Seconds of sound heard between two moments (in 10 ms steps). */
    public synchronized double soundSecondsBetween(long fromNanos, long toNanos) {
        int count = 0;
        for (int i = Math.max(0, soundCount - soundChunks.length); i < soundCount; i++) {
            long at = soundChunks[i % soundChunks.length];
            if (at > fromNanos && at <= toNanos) count++;
        }
        return count * CHUNK_NANOS / 1e9;
    }

    @Override
    public void close() {
        closed = true;
        line.stop();
        line.close();
        try {
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
