package se.accessiblenav.server.speech;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import se.accessiblenav.server.system.ServiceUnavailableException;

/**
 * Several instances of one voice, one text each at a time: as many texts are spoken at once as there are
 * cores (one FreeTTS voice alone made 240 kiosk requests wait 33 s in the median), and a bounded number
 * wait for a voice; past that, or after waiting too long, the answer is a 503 with Retry-After, not a
 * queue that grows without end.
 */
final class VoicePool implements SpeechSynthesizer {
    private final BlockingQueue<SpeechSynthesizer> idle;
    private final List<SpeechSynthesizer> all;
    private final int maxWaiting;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    VoicePool(int size, Supplier<SpeechSynthesizer> voice, int maxWaiting, Duration maxWait) {
        this.all = IntStream.range(0, size).mapToObj(i -> voice.get()).toList();
        this.idle = new ArrayBlockingQueue<>(size, false, all);
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    @Override
    public String voiceName() {
        return all.get(0).voiceName();
    }

    int size() {
        return all.size();
    }

    @Override
    public byte[] toWav(String text) {
        SpeechSynthesizer voice;
        if (waiting.incrementAndGet() > maxWaiting && idle.isEmpty()) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            voice = idle.poll(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
        if (voice == null) throw busy();
        try {
            return voice.toWav(text);
        } finally {
            idle.add(voice);
        }
    }

    private static ServiceUnavailableException busy() {
        return new ServiceUnavailableException("All voices are busy speaking other texts", null);
    }

    @Override
    public void close() {
        all.forEach(SpeechSynthesizer::close);
    }
}
