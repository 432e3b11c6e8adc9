package se.accessiblenav.voice.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swedish speech with espeak-ng (CI installs it; elsewhere the test is skipped unless REQUIRE_TEST_SERVICES is set). */
class EspeakSpeakerTest {
    @TempDir
    Path folder;

    @Test
    void speaksSwedishToAWavFile() throws Exception {
        boolean installed = EspeakSpeaker.isInstalled();
        if (!installed && "true".equals(System.getenv("REQUIRE_TEST_SERVICES")))
            throw new AssertionError("espeak-ng is required (REQUIRE_TEST_SERVICES=true) but not installed");
        assumeTrue(installed, "espeak-ng is not installed");
        try (EspeakSpeaker speaker = EspeakSpeaker.toWavFiles("sv", folder)) {
            speaker.speak(
                    new Utterance(
                            1, "Gå över Sveavägen vid trafikljuset.", "sv", Priority.GUIDANCE, "sv", System.nanoTime()),
                    () -> {});
        }
        try (AudioInputStream audio =
                AudioSystem.getAudioInputStream(folder.resolve("0001-sv.wav").toFile())) {
            double seconds = audio.getFrameLength() / audio.getFormat().getFrameRate();
            assertThat(seconds).isBetween(1.0, 6.0);
        }
    }
}
