package se.accessiblenav.voice.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.voice.TestServices;
import se.accessiblenav.voice.bench.AudioMonitor;

/**
 * FreeTTS on a real audio line: the default line of a real sound server (PulseAudio with a null sink, started
 * by {@code .ci/test-services}), whose output the test hears through the sink's monitor ({@link AudioMonitor}).
 * No sound card is needed, but everything from the speech queue to the sound server's output is real.
 */
class AudioDeviceSpeechTest {
    private static final String CUE = "In 20 metres, turn left onto Drottninggatan.";
    private static final String LANDMARK = "On your right is the Concert Hall, with its blue front and ten columns,"
            + " and after it the square of Hötorget, where the market stalls stand on weekdays.";
    private static final String HAZARD = "Caution: roadworks ahead.";

    @TempDir
    Path folder;

    private AudioMonitor monitor;
    private SpeechQueue queue;
    private final Map<String, Boolean> finishedCutOff = new ConcurrentHashMap<>();

    @BeforeEach
    void openTheDevice() throws Exception {
        TestServices.require(FreeTtsSpeaker.hasAudioDevice(), "an audio device (a sound server such as PulseAudio)");
        monitor = AudioMonitor.open().orElse(null);
        TestServices.require(monitor != null, "the sound server's monitor as the default capture line");
        SourceDataLine line = FreeTtsSpeaker.openDefaultLine().orElseThrow();
        queue = new SpeechQueue(FreeTtsSpeaker.toDevice(line), new SpeechQueue.Listener() {
            @Override
            public void finished(Utterance utterance, boolean cutOff) {
                finishedCutOff.put(utterance.key(), cutOff);
            }
        });
        long warmUp = System.nanoTime();
        queue.say("Ready.", "en", Priority.GUIDANCE, "warm-up");
        monitor.firstSoundAfter(warmUp, 5000).orElseThrow(() -> new AssertionError("the warm-up is not heard"));
        queue.awaitIdle(30_000);
        monitor.awaitQuiet(300, 10_000);
    }

    @AfterEach
    void close() {
        if (queue != null) queue.close();
        if (monitor != null) monitor.close();
    }

    @Test
    void aCueIsHeardWithin300MillisecondsAndForAsLongAsItsSpeech() throws Exception {
        double speechSeconds = wavSeconds(CUE);
        long trigger = System.nanoTime();
        queue.say(CUE, "en", Priority.GUIDANCE, "cue");
        long heard = monitor.firstSoundAfter(trigger, 2000).orElseThrow(() -> new AssertionError("no sound"));
        queue.awaitIdle(30_000);
        long last = monitor.awaitQuiet(400, 15_000);
        double delayMillis = (heard - trigger) / 1e6;
        double heardSeconds = (last - heard) / 1e9;
        System.out.printf(
                "Audio device: cue heard %.0f ms after its trigger, for %.2f s (its WAV: %.2f s)%n",
                delayMillis, heardSeconds, speechSeconds);
        assertThat(delayMillis)
                .as("cue trigger to sound at the sound server's output, ms")
                .isLessThan(300);
        assertThat(heardSeconds)
                .as("heard for about as long as the synthesised speech")
                .isBetween(0.7 * speechSeconds, speechSeconds + 0.2);
    }

    @Test
    void aHazardCutsOffALandmarkBeingPlayed() throws Exception {
        double landmarkSeconds = wavSeconds(LANDMARK);
        double hazardSeconds = wavSeconds(HAZARD);
        assertThat(landmarkSeconds).as("a landmark long enough to be cut").isGreaterThan(5);
        long landmarkTrigger = System.nanoTime();
        queue.say(LANDMARK, "en", Priority.INFO, "landmark");
        monitor.firstSoundAfter(landmarkTrigger, 2000).orElseThrow(() -> new AssertionError("no landmark"));
        Thread.sleep(1000);
        long hazardTrigger = System.nanoTime();
        queue.say(HAZARD, "en", Priority.URGENT, "hazard");
        queue.awaitIdle(30_000);
        long last = monitor.awaitQuiet(400, 15_000);
        double afterHazard = (last - hazardTrigger) / 1e9;
        System.out.printf(
                "Audio device: sound ended %.2f s after the hazard's trigger (hazard %.2f s, landmark %.2f s)%n",
                afterHazard, hazardSeconds, landmarkSeconds);
        assertThat(finishedCutOff).containsEntry("landmark", true).containsEntry("hazard", false);
        assertThat(afterHazard)
                .as("after the hazard only the hazard is heard: the rest of the landmark is not played")
                .isLessThan(hazardSeconds + 0.3);
        assertThat(monitor.soundSecondsBetween(hazardTrigger, last))
                .as("the hazard is heard")
                .isGreaterThan(0.5 * hazardSeconds);
    }

    /** How long the voice takes to say the text, from the same voice written to a WAV file. */
    private double wavSeconds(String text) throws Exception {
        Path wavs = folder.resolve("wav-" + Math.abs(text.hashCode()));
        try (FreeTtsSpeaker speaker = FreeTtsSpeaker.toWavFiles(wavs)) {
            speaker.speak(new Utterance(1, text, "en", Priority.GUIDANCE, "length", System.nanoTime()), () -> {});
        }
        try (var files = Files.list(wavs);
                AudioInputStream audio = AudioSystem.getAudioInputStream(
                        files.findFirst().orElseThrow().toFile())) {
            return audio.getFrameLength() / audio.getFormat().getFrameRate();
        }
    }
}
