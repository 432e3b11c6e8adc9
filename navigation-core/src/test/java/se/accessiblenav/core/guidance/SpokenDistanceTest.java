package se.accessiblenav.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpokenDistanceTest {
    @Test
    void roundedTheWayPeopleSayThem() {
        assertThat(SpokenDistance.roundMeters(2)).isEqualTo(5);
        assertThat(SpokenDistance.roundMeters(13)).isEqualTo(15);
        assertThat(SpokenDistance.roundMeters(47)).isEqualTo(50);
        assertThat(SpokenDistance.roundMeters(333)).isEqualTo(350);
        assertThat(SpokenDistance.roundMeters(1260)).isEqualTo(1300);
    }

    @Test
    void metresAndStepsInBothLanguages() {
        assertThat(SpokenDistance.say(Messages.forLocale(Locale.ENGLISH), 47, 0.7))
                .isEqualTo("50 metres, about 65 steps");
        assertThat(SpokenDistance.say(Messages.forLocale(Locale.forLanguageTag("sv")), 47, 0.7))
                .isEqualTo("50 meter, cirka 65 steg");
        assertThat(SpokenDistance.say(Messages.forLocale(Locale.forLanguageTag("sv")), 1260, 0.7))
                .isEqualTo("1,3 kilometer");
        assertThat(SpokenDistance.say(Messages.forLocale(Locale.ENGLISH), 47, 0.5))
                .isEqualTo("50 metres, about 95 steps");
    }

    @Test
    void stepsFromAThousandOnAreGroupedAsTheLanguageWritesThem() {
        assertThat(SpokenDistance.say(Messages.forLocale(Locale.ENGLISH), 850, 0.7))
                .isEqualTo("850 metres, about 1,210 steps");
        Locale swedish = Locale.forLanguageTag("sv");
        assertThat(SpokenDistance.say(Messages.forLocale(swedish), 850, 0.7))
                .isEqualTo(
                        "850 meter, cirka " + NumberFormat.getInstance(swedish).format(1210) + " steg");
    }
}
