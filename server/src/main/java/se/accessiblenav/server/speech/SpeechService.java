package se.accessiblenav.server.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.ClientText;
import se.accessiblenav.server.system.NavigationProperties;

/**
 * Speaks short texts (cues, summaries) as WAV for clients without a voice of their own, such as the
 * kiosk page: English with FreeTTS {@code kevin16}; Swedish with espeak-ng when it is installed, else
 * with the English voice (and the answer says so). Recent texts are kept, within a byte budget, so a
 * kiosk that loops through the same walks costs no synthesis after the first loop and memory stays
 * bounded.
 */
@Service
public class SpeechService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SpeechService.class);
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "sv");

    /** WAV audio and what spoke it. */
    public record Speech(byte[] wav, String voice, String language) {}

    private final SpeechSynthesizer english;
    private final Optional<SpeechSynthesizer> swedish;
    private final NavigationProperties.Speech settings;
    private final Map<String, Speech> recent = new LinkedHashMap<>(64, 0.75f, true);
    private long recentBytes;
    /** Texts that may wait for a voice, and how long, before the answer is "busy, retry" (503). */
    private static final int MAX_WAITING = 64;

    private static final java.time.Duration MAX_WAIT = java.time.Duration.ofSeconds(10);

    SpeechService(NavigationProperties properties) throws IOException {
        this.settings = properties.speech();
        Path work = Files.createTempDirectory("accessiblenav-speech-");
        work.toFile().deleteOnExit();
        int voices = Runtime.getRuntime().availableProcessors();
        this.english = new VoicePool(
                        "FreeTTS " + FreeTtsSynthesizer.VOICE,
                        voices,
                        () -> new FreeTtsSynthesizer(work),
                        MAX_WAITING,
                        MAX_WAIT)
                .warmUp();
        this.swedish = EspeakSynthesizer.hasVoice(settings.espeakCommand(), "sv")
                ? Optional.of(new VoicePool(
                        "espeak-ng sv",
                        voices,
                        () -> new EspeakSynthesizer(settings.espeakCommand(), "sv"),
                        MAX_WAITING,
                        MAX_WAIT))
                : Optional.empty();
        if (swedish.isEmpty())
            LOG.warn(
                    "espeak-ng is not installed: Swedish texts are read by the English voice {}."
                            + " Install espeak-ng (apt-get install espeak-ng) for a Swedish voice.",
                    english.voiceName());
        LOG.info("Speech: en = {}, sv = {}", english.voiceName(), voiceFor("sv").voiceName());
    }

    /** The voice that speaks each language. */
    public Map<String, String> voices() {
        Map<String, String> voices = new LinkedHashMap<>();
        for (String language : LANGUAGES)
            voices.put(language, voiceFor(language).voiceName());
        return voices;
    }

    /** Whether texts in this language are spoken by a voice of that language. */
    public boolean hasOwnVoice(String language) {
        return language.equals("en") || swedish.isPresent();
    }

    public Speech speak(String text, String requestedLanguage) {
        String language = languageOf(requestedLanguage);
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty())
            throw new ClientProblemException("Give the text to speak, e.g. /speech?text=Hello&lang=en.");
        if (clean.length() > settings.maxTextLength())
            throw new ClientProblemException("The text is " + clean.length() + " characters long; at most "
                    + settings.maxTextLength() + " are spoken at once. Split it into sentences.");
        String key = language + '\n' + clean;
        synchronized (recent) {
            Speech kept = recent.get(key);
            if (kept != null) return kept;
        }
        SpeechSynthesizer voice = voiceFor(language);
        long start = System.nanoTime();
        byte[] wav = WavBytes.withExactSizes(voice.toWav(clean));
        LOG.debug(
                "Spoke {} characters ({}) in {} ms", clean.length(), language, (System.nanoTime() - start) / 1_000_000);
        Speech speech = new Speech(wav, voice.voiceName(), hasOwnVoice(language) ? language : "en");
        keep(key, speech);
        return speech;
    }

    private void keep(String key, Speech speech) {
        if (speech.wav().length > settings.cacheBytes()) return;
        synchronized (recent) {
            Speech previous = recent.put(key, speech);
            if (previous != null) recentBytes -= previous.wav().length;
            recentBytes += speech.wav().length;
            var oldest = recent.entrySet().iterator();
            while (recentBytes > settings.cacheBytes() && oldest.hasNext()) {
                recentBytes -= oldest.next().getValue().wav().length;
                oldest.remove();
            }
        }
    }

    /** Bytes of audio kept for repeated texts (bounded by navigation.speech.cache-bytes). */
    public long keptBytes() {
        synchronized (recent) {
            return recentBytes;
        }
    }

    private SpeechSynthesizer voiceFor(String language) {
        return language.equals("sv") ? swedish.orElse(english) : english;
    }

    /** "sv", "sv-SE" → "sv"; a language without a voice is the client's mistake. */
    static String languageOf(String requested) {
        String language = requested == null || requested.isBlank()
                ? "en"
                : requested.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (!LANGUAGES.contains(language))
            throw new ClientProblemException("There is no voice for the language '" + ClientText.quote(requested)
                    + "'. Languages: " + String.join(", ", LANGUAGES) + ".");
        return language;
    }

    @Override
    public void close() {
        english.close();
        swedish.ifPresent(SpeechSynthesizer::close);
    }
}
