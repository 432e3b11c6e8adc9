package se.accessiblenav.voice.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    @Test
    void everySentenceExistsInEnglishAndSwedish() throws IOException {
        Properties english = load("phrases.properties");
        Properties swedish = load("phrases_sv.properties");
        assertThat(swedish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames())
            assertThat(swedish.getProperty(key))
                    .as(key)
                    .isNotEqualTo(english.getProperty(key))
                    .isNotBlank();
    }

    @Test
    void distancesAreWordedByAccuracyAndRoundedToFiveMetres() {
        Phrases en = Phrases.forLanguage("en");
        assertThat(en.distance(23, 5)).isEqualTo("25 metres");
        assertThat(en.distance(23, 15)).isEqualTo("about 25 metres");
        assertThat(en.distance(23, 40)).isEqualTo("around 25 metres");
        assertThat(en.distance(3, 5)).isEqualTo("close by");
        assertThat(Phrases.forLanguage("sv").distance(23, 15)).isEqualTo("ungefär 25 meter");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Phrases.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
