package se.accessiblenav.voice.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SpeechQueueTest {
    /** A voice that takes its time, so what happens to overlapping utterances can be seen. */
    private static final class SlowVoice implements Speaker {
        final List<String> said = new CopyOnWriteArrayList<>();
        final CountDownLatch speaking = new CountDownLatch(1);
        private volatile boolean cancelled;

        @Override
        public void speak(Utterance utterance, Runnable audioStarted) {
            cancelled = false;
            audioStarted.run();
            speaking.countDown();
            for (int i = 0; i < 50 && !cancelled; i++) sleep(10);
            said.add((cancelled ? "cut: " : "") + utterance.text());
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public String describe() {
            return "slow";
        }

        @Override
        public void close() {}
    }

    private static final class Recorder implements SpeechQueue.Listener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void started(Utterance u, long delayNanos) {
            events.add("start " + u.text());
        }

        @Override
        public void finished(Utterance u, boolean cutOff) {
            events.add((cutOff ? "cut " : "end ") + u.text());
        }

        @Override
        public void dropped(Utterance u, String why) {
            events.add("drop " + u.text());
        }

        @Override
        public void failed(Utterance u, SpeechException error) {
            events.add("fail " + u.text());
        }
    }

    @Test
    void aHazardCutsOffALandmarkAndIsSaidFirst() throws InterruptedException {
        SlowVoice voice = new SlowVoice();
        Recorder recorder = new Recorder();
        try (SpeechQueue queue = new SpeechQueue(voice, recorder)) {
            queue.say("A café on your left.", "en", Priority.INFO, "landmark");
            assertThat(voice.speaking.await(2, TimeUnit.SECONDS)).isTrue();
            queue.say("Reassurance.", "en", Priority.INFO, "reassure");
            queue.say("Scaffolding ahead.", "en", Priority.URGENT, "hazard");
            assertThat(queue.awaitIdle(5000)).isTrue();
        }
        assertThat(voice.said).containsExactly("cut: A café on your left.", "Scaffolding ahead.", "Reassurance.");
        assertThat(recorder.events).contains("cut A café on your left.", "end Scaffolding ahead.");
    }

    @Test
    void aNewerUtteranceWithTheSameKeyReplacesOneStillWaitingAndNothingOverlaps() throws InterruptedException {
        SlowVoice voice = new SlowVoice();
        Recorder recorder = new Recorder();
        try (SpeechQueue queue = new SpeechQueue(voice, recorder)) {
            queue.say("Turn left.", "en", Priority.GUIDANCE, "c2");
            assertThat(voice.speaking.await(2, TimeUnit.SECONDS)).isTrue();
            queue.say("In 15 metres: cross.", "en", Priority.GUIDANCE, "c3");
            queue.say("Cross now.", "en", Priority.GUIDANCE, "c3");
            assertThat(queue.awaitIdle(5000)).isTrue();
        }
        assertThat(voice.said).containsExactly("Turn left.", "Cross now.");
        assertThat(recorder.events)
                .containsExactly(
                        "start Turn left.",
                        "drop In 15 metres: cross.",
                        "end Turn left.",
                        "start Cross now.",
                        "end Cross now.");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
