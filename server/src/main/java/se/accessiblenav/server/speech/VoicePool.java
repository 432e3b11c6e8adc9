package se.accessiblenav.server.speech;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import se.accessiblenav.server.system.ServiceUnavailableException;

/**
 * Several instances of one voice, one text each at a time: as many texts are spoken at once as there are
 * cores (one FreeTTS voice alone made 240 kiosk requests wait 33 s in the median), and a bounded number
 * wait for a voice; past that, or after waiting too long, the answer is a 503 with Retry-After, not a
 * queue that grows without end. Voices are made in the background after start (a FreeTTS voice takes
 * about 1.3 s to load), so the server does not wait for them; a text asked for before is spoken by the
 * first voice ready.
 */
final class VoicePool implements SpeechSynthesizer {
    private final String voiceName;
    private final int size;
    private final Supplier<SpeechSynthesizer> voice;
    private final LinkedBlockingQueue<SpeechSynthesizer> idle = new LinkedBlockingQueue<>();
    private final List<SpeechSynthesizer> all = new CopyOnWriteArrayList<>();
    private final int maxWaiting;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    VoicePool(String voiceName, int size, Supplier<SpeechSynthesizer> voice, int maxWaiting, Duration maxWait) {
        this.voiceName = voiceName;
        this.size = size;
        this.voice = voice;
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    /** Makes the voices on a background thread; texts asked for meanwhile wait for the first. */
    VoicePool warmUp() {
        Thread maker = new Thread(
                () -> {
                    for (SpeechSynthesizer made; (made = makeIfRoom()) != null; ) idle.add(made);
                },
                "voices-" + voiceName);
        maker.setDaemon(true);
        maker.start();
        return this;
    }

    @Override
    public String voiceName() {
        return voiceName;
    }

    int size() {
        return size;
    }

    @Override
    public byte[] toWav(String text) {
        SpeechSynthesizer speaker = idle.poll();
        if (speaker == null) speaker = makeIfRoom();
        if (speaker == null) speaker = waitForOne();
        try {
            return speaker.toWav(text);
        } finally {
            idle.add(speaker);
        }
    }

    private SpeechSynthesizer waitForOne() {
        try {
            if (waiting.incrementAndGet() > maxWaiting) throw busy();
            SpeechSynthesizer speaker = idle.poll(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            if (speaker == null) throw busy();
            return speaker;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** A new voice while there are fewer than {@code size}; null when all are made. */
    private synchronized SpeechSynthesizer makeIfRoom() {
        if (all.size() >= size) return null;
        SpeechSynthesizer made = voice.get();
        all.add(made);
        return made;
    }

    private static ServiceUnavailableException busy() {
        return new ServiceUnavailableException("All voices are busy speaking other texts", null);
    }

    @Override
    public void close() {
        all.forEach(SpeechSynthesizer::close);
    }
}
