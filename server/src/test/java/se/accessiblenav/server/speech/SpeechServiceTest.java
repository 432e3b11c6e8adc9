package se.accessiblenav.server.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.NavigationProperties;

/** Real FreeTTS and (where installed) espeak-ng audio, checked as WAV with javax.sound. */
class SpeechServiceTest {
    static final String SHORT = "Turn to 9 o'clock.";
    static final String LONG = "Cross Sveavägen at the traffic lights with a sound signal. This is a busy road."
            + " Push the button to cross. Lowered kerb and tactile paving on both sides.";

    static SpeechService speech;

    @BeforeAll
    static void voices() throws Exception {
        speech = new SpeechService(properties(500, 4 * 1024 * 1024));
    }

    @AfterAll
    static void close() {
        speech.close();
    }

    static NavigationProperties properties(int maxText, long cacheBytes) {
        return new NavigationProperties(
                null, null, null, null, new NavigationProperties.Speech(maxText, cacheBytes, null), null, null, null);
    }

    @Test
    void englishIsValidWavWhoseLengthFitsTheText() throws Exception {
        double shortSeconds = seconds(speech.speak(SHORT, "en").wav());
        double longSeconds = seconds(speech.speak(LONG, "en").wav());
        // people speak about 12-20 characters a second; kevin16 is in that range
        assertThat(shortSeconds).isBetween(SHORT.length() / 25.0, SHORT.length() / 6.0);
        assertThat(longSeconds).isBetween(LONG.length() / 25.0, LONG.length() / 6.0);
        assertThat(speech.speak(SHORT, "en-GB").voice()).isEqualTo("FreeTTS kevin16");
    }

    @Test
    void swedishIsSpokenByEspeakWhenInstalled() throws Exception {
        boolean installed = EspeakSynthesizer.hasVoice("espeak-ng", "sv");
        if ("true".equals(System.getenv("REQUIRE_TEST_SERVICES")))
            assertThat(installed).isTrue();
        assumeTrue(installed, "espeak-ng is not installed");
        SpeechService.Speech swedish = speech.speak("Korsa Sveavägen vid trafiksignalen med ljudsignal.", "sv");
        assertThat(swedish.voice()).isEqualTo("espeak-ng sv");
        assertThat(swedish.language()).isEqualTo("sv");
        assertThat(seconds(swedish.wav())).isBetween(1.0, 8.0);
        assertThat(speech.voices()).containsEntry("sv", "espeak-ng sv");
    }

    @Test
    void aRepeatedTextIsNotSpokenAgain() {
        SpeechService.Speech first = speech.speak("You have arrived.", "en");
        assertThat(speech.speak("  You have arrived. ", "en")).isSameAs(first);
    }

    @Test
    void keptAudioStaysWithinItsBudget() throws Exception {
        try (SpeechService small = new SpeechService(properties(500, 200_000))) {
            for (int i = 0; i < 12; i++) small.speak("Walk number " + i + " of the day.", "en");
            assertThat(small.keptBytes()).isPositive().isLessThanOrEqualTo(200_000);
        }
    }

    @Test
    void clientMistakesAreRefusedWithAReason() {
        assertThatThrownBy(() -> speech.speak(" ", "en"))
                .isInstanceOf(ClientProblemException.class)
                .hasMessageContaining("Give the text to speak");
        assertThatThrownBy(() -> speech.speak("x".repeat(501), "en"))
                .isInstanceOf(ClientProblemException.class)
                .hasMessageContaining("501 characters")
                .hasMessageContaining("at most 500");
        assertThatThrownBy(() -> speech.speak("Bonjour", "fr"))
                .isInstanceOf(ClientProblemException.class)
                .hasMessageContaining("no voice for the language 'fr'");
    }

    static double seconds(byte[] wav) throws Exception {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            assertThat(audio.getFormat().getSampleSizeInBits()).isEqualTo(16);
            long frames = audio.getFrameLength();
            assertThat(frames).isPositive();
            assertThat((long) audio.readAllBytes().length)
                    .isEqualTo(frames * audio.getFormat().getFrameSize());
            return frames / audio.getFormat().getFrameRate();
        }
    }
}
