package se.accessiblenav.voice.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One voice, one sentence at a time, most urgent first. A more urgent utterance cuts off a less urgent one
 * being said (a hazard interrupts a landmark); one with the same key as an utterance still waiting replaces
 * it; informative sentences that have waited too long are dropped rather than said late.
 */
public final class SpeechQueue implements AutoCloseable {
    /** What happened to an utterance, for the transcript. */
    public interface Listener {
        default void started(Utterance utterance, long delayNanos) {}

        default void finished(Utterance utterance, boolean cutOff) {}

        default void dropped(Utterance utterance, String why) {}

        default void failed(Utterance utterance, SpeechException error) {}
    }

    private static final Logger LOG = Logger.getLogger(SpeechQueue.class.getName());
    private static final long STALE_INFO_NANOS = TimeUnit.SECONDS.toNanos(15);

    private final Speaker speaker;
    private final Listener listener;
    private final List<Utterance> waiting = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Thread worker;
    private Utterance speaking;
    private boolean cutOff;
    private boolean closed;

    public SpeechQueue(Speaker speaker, Listener listener) {
        this.speaker = speaker;
        this.listener = listener;
        this.worker = new Thread(this::run, "speech");
        worker.setDaemon(true);
        worker.start();
    }

    /** Queues a sentence; returns the utterance as queued. */
    public Utterance say(String text, String language, Priority priority, String key) {
        Utterance utterance =
                new Utterance(sequence.incrementAndGet(), text, language, priority, key, System.nanoTime());
        synchronized (this) {
            waiting.removeIf(w -> {
                boolean replaced = !key.isEmpty() && w.key().equals(key);
                if (replaced) listener.dropped(w, "replaced by a newer one");
                return replaced;
            });
            waiting.add(utterance);
            if (speaking != null && priority.interrupts(speaking.priority())) {
                cutOff = true;
                speaker.cancel();
            }
            notifyAll();
        }
        return utterance;
    }

    /** Blocks until nothing is waiting or being said (or the timeout passes); true when idle. */
    public synchronized boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!waiting.isEmpty() || speaking != null) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) return false;
            wait(left);
        }
        return true;
    }

    private void run() {
        while (true) {
            Utterance next;
            synchronized (this) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) return;
                waiting.sort(
                        Comparator.comparing(Utterance::priority).reversed().thenComparingLong(Utterance::sequence));
                next = waiting.remove(0);
                if (next.priority() == Priority.INFO && System.nanoTime() - next.triggeredNanos() > STALE_INFO_NANOS) {
                    listener.dropped(next, "waited too long");
                    continue;
                }
                speaking = next;
                cutOff = false;
            }
            Utterance current = next;
            try {
                speaker.speak(current, () -> listener.started(current, System.nanoTime() - current.triggeredNanos()));
            } catch (SpeechException e) {
                LOG.log(Level.WARNING, "Speech failed: " + e.getMessage());
                listener.failed(current, e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Speech failed", e);
                listener.failed(current, new SpeechException(e.toString(), e));
            }
            synchronized (this) {
                listener.finished(current, cutOff);
                speaking = null;
                notifyAll();
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            speaker.cancel();
            notifyAll();
        }
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        speaker.close();
    }
}
