package se.accessiblenav.voice.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.voice.TestServices;

/** Swedish speech with espeak-ng (CI installs it; elsewhere the test is skipped unless REQUIRE_TEST_SERVICES is set). */
class EspeakSpeakerTest {
    @TempDir
    Path folder;

    @Test
    void speaksSwedishToAWavFile() throws Exception {
        TestServices.require(EspeakSpeaker.isInstalled(), "espeak-ng");
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
