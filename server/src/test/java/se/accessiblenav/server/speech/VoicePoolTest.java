package se.accessiblenav.server.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.server.system.ServiceUnavailableException;

/** Texts are spoken side by side by several voices, the same as one by one, and a crowd waits only so long. */
class VoicePoolTest {
    @TempDir
    Path work;

    @Test
    void twoFreeTtsVoicesSpeakingAtOnceSayExactlyWhatOneSaysAlone() throws Exception {
        List<String> texts = List.of(
                "Turn to 3 o'clock onto Kungsgatan.",
                "Crossing with a traffic signal ahead, 12 metres.",
                "You have arrived.",
                "Warning ahead: scaffolding over the sidewalk.");
        List<byte[]> alone = new ArrayList<>();
        try (FreeTtsSynthesizer single = new FreeTtsSynthesizer(Files.createDirectories(work.resolve("one")))) {
            for (String text : texts) alone.add(single.toWav(text));
        }
        Path both = Files.createDirectories(work.resolve("pool"));
        try (VoicePool pool =
                new VoicePool("FreeTTS kevin16", 2, () -> new FreeTtsSynthesizer(both), 64, Duration.ofSeconds(30))) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<byte[]>> spoken = new ArrayList<>();
            for (int round = 0; round < 3; round++)
                for (String text : texts) spoken.add(threads.submit(() -> pool.toWav(text)));
            for (int i = 0; i < spoken.size(); i++)
                assertThat(spoken.get(i).get()).as(texts.get(i % texts.size())).isEqualTo(alone.get(i % texts.size()));
            threads.shutdown();
        }
    }

    @Test
    void atMostAsManyTextsAsVoicesAreSpokenAtOnceAndACrowdBeyondTheBoundIsTurnedAway() throws Exception {
        AtomicInteger speaking = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        SpeechSynthesizer slow = new SpeechSynthesizer() {
            @Override
            public String voiceName() {
                return "slow";
            }

            @Override
            public byte[] toWav(String text) {
                most.accumulateAndGet(speaking.incrementAndGet(), Math::max);
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                speaking.decrementAndGet();
                return new byte[] {1};
            }
        };
        VoicePool pool = new VoicePool("slow", 2, () -> slow, 3, Duration.ofSeconds(20)).warmUp();
        ExecutorService threads = Executors.newFixedThreadPool(5);
        List<Future<byte[]>> admitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) admitted.add(threads.submit(() -> pool.toWav("x")));
        Thread.sleep(300);
        assertThatThrownBy(() -> pool.toWav("one too many"))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("busy");
        release.countDown();
        for (Future<byte[]> f : admitted) assertThat(f.get()).containsExactly(1);
        assertThat(most.get()).isEqualTo(2);
        threads.shutdown();
    }
}
