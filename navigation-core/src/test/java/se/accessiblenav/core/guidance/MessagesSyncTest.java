package se.accessiblenav.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every spoken message exists in every language, and every pattern formats. */
class MessagesSyncTest {
    private static Properties load(String language) throws IOException {
        String resource = "/guidance/messages" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessagesSyncTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryKeyAndNoOthers() throws IOException {
        Properties english = load("en");
        for (String language : Messages.LANGUAGES) {
            Properties other = load(language);
            assertThat(other.stringPropertyNames())
                    .as(language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void everyPatternFormatsWithSampleArguments() throws IOException {
        for (String language : Messages.LANGUAGES) {
            Properties messages = load(language);
            for (String key : messages.stringPropertyNames()) {
                MessageFormat format = new MessageFormat(messages.getProperty(key), Locale.forLanguageTag(language));
                String text = format.format(sampleArguments(format));
                assertThat(text)
                        .as(language + " " + key)
                        .isNotBlank()
                        .doesNotContain("{")
                        .doesNotContain("null");
            }
        }
    }

    /**
     * A number where the pattern formats one (a choice or number format: 2 or 1), a word elsewhere: the
     * first two arguments are numbers, as most patterns have them.
     */
    private static Object[] sampleArguments(MessageFormat format) {
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[Math.max(5, formats.length)];
        for (int i = 0; i < arguments.length; i++) {
            boolean number = i < formats.length && formats[i] instanceof java.text.NumberFormat;
            arguments[i] = number || i < 2 ? (Object) (i % 2 == 0 ? 2 : 1) : "x" + i;
        }
        return arguments;
    }

    /** Messages puts text arguments in itself; the result must be exactly what MessageFormat writes. */
    @Test
    void everyMessageReadsAsMessageFormatWritesIt() throws IOException {
        for (String language : Messages.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            Messages messages = Messages.forLocale(locale);
            Properties patterns = load(language);
            for (String key : patterns.stringPropertyNames()) {
                MessageFormat format = new MessageFormat(patterns.getProperty(key), locale);
                java.text.Format[] byArgument = format.getFormatsByArgumentIndex();
                for (Object[] sample : samples(byArgument)) {
                    assertThat(messages.get(key, sample))
                            .as(language + " " + key)
                            .isEqualTo(format.format(sample));
                }
            }
        }
    }

    /** Texts (with a quote and a brace), small and large numbers for plain placeholders; numbers for the others. */
    private static java.util.List<Object[]> samples(java.text.Format[] byArgument) {
        Object[][] plainValues = {{"Drottninggatan", "l'Avenue {x}"}, {7L, 12.0}, {1210L, 2.5}};
        java.util.List<Object[]> samples = new java.util.ArrayList<>();
        for (int variant = 0; variant < 2; variant++) {
            for (Object[] values : plainValues) {
                Object[] sample = new Object[byArgument.length];
                for (int i = 0; i < sample.length; i++)
                    sample[i] = byArgument[i] == null ? values[(i + variant) % 2] : (Object) (i + variant);
                samples.add(sample);
            }
        }
        return samples;
    }

    @Test
    void unknownLanguageFallsBackToEnglishAndSaysSo() {
        Messages german = Messages.forLocale(Locale.GERMAN);
        assertThat(german.language()).isEqualTo("en");
        assertThat(german.isFallback()).isTrue();
        Messages swedish = Messages.forLocale(Locale.forLanguageTag("sv-SE"));
        assertThat(swedish.language()).isEqualTo("sv");
        assertThat(swedish.isFallback()).isFalse();
        assertThat(swedish.get("arrival.short")).isEqualTo("Du är framme.");
    }
}
