package se.accessiblenav.voice.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.accessiblenav.voice.position.NmeaWalk.sentence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NmeaParserTest {
    private final NmeaParser parser =
            new NmeaParser(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void ggaAfterRmcGivesAFixWithDateSpeedCourseAndHdopAccuracy() {
        parser.parse(sentence("GPGGA,121502.00,5920.1300,N,01803.7800,E,1,08,1.2,30.0,M,24.0,M,,"));
        assertThat(parser.parse(sentence("GPRMC,121503.00,A,5920.1300,N,01803.7800,E,2.5,87.0,231126,,,A")))
                .as("a receiver that sends GGA gives its fixes on GGA")
                .isEmpty();
        Fix fix = (Fix) parser.parse(sentence("GPGGA,121503.00,5920.1300,N,01803.7800,E,1,08,1.2,30.0,M,24.0,M,,"))
                .orElseThrow();
        assertThat(fix.time()).isEqualTo(Instant.parse("2026-11-23T12:15:03Z"));
        assertThat(fix.position().lat()).isCloseTo(59 + 20.13 / 60, within(1e-9));
        assertThat(fix.position().lon()).isCloseTo(18 + 3.78 / 60, within(1e-9));
        assertThat(fix.accuracyMeters()).isCloseTo(6.0, within(1e-9));
        assertThat(fix.speedMetersPerSecond()).isCloseTo(2.5 * 0.514444, within(1e-6));
        assertThat(fix.courseDegrees()).isEqualTo(87.0);
    }

    @Test
    void theFirstSecondFromRmcAndThenGgaIsOneFix() {
        assertThat(parser.parse(sentence("GPRMC,121503.00,A,5920.1300,N,01803.7800,E,2.5,87.0,231126,,,A")))
                .as("before any GGA, RMC gives the fix")
                .get()
                .isInstanceOf(Fix.class);
        assertThat(parser.parse(sentence("GPGGA,121503.00,5920.1300,N,01803.7800,E,1,08,1.2,30.0,M,24.0,M,,")))
                .as("the same second again from GGA")
                .isEmpty();
        assertThat(parser.parse(sentence("GPRMC,121504.00,A,5920.1300,N,01803.7900,E,2.5,87.0,231126,,,A")))
                .as("from now on fixes come from GGA")
                .isEmpty();
        assertThat(parser.parse(sentence("GPGGA,121504.00,5920.1300,N,01803.7900,E,1,08,1.2,30.0,M,24.0,M,,")))
                .get()
                .isInstanceOf(Fix.class);
    }

    @Test
    void gstErrorEstimatesBeatHdop() {
        parser.parse(sentence("GNGST,121504.00,1.5,3.0,2.0,10.0,3.0,4.0,5.0"));
        Fix fix = (Fix) parser.parse(sentence("GNGGA,121504.00,5920.1300,S,01803.7800,W,1,08,1.2,30.0,M,24.0,M,,"))
                .orElseThrow();
        assertThat(fix.accuracyMeters()).isCloseTo(5.0, within(1e-9));
        assertThat(fix.position().lat()).isNegative();
        assertThat(fix.position().lon()).isNegative();
    }

    @Test
    void fixQualityZeroIsNoFix() {
        assertThat(parser.parse(sentence("GPGGA,121505.00,,,,,0,00,99.9,,M,,M,,")))
                .get()
                .isInstanceOf(NoFix.class);
    }

    @Test
    void rmcAloneGivesFixesWhenTheReceiverSendsNoGga() {
        assertThat(parser.parse(sentence("GPRMC,121503.00,A,5920.1300,N,01803.7800,E,0.0,,231126,,,A")))
                .get()
                .isInstanceOf(Fix.class);
        assertThat(parser.parse(sentence("GPRMC,121504.00,V,,,,,,,231126,,,N")))
                .get()
                .isInstanceOf(NoFix.class);
    }

    @Test
    void wrongChecksumsAndBrokenLinesAreSkippedAndCounted() {
        assertThat(parser.parse("$GPGGA,121503.00,5920.1300,N,01803.7800,E,1,08,1.2,30.0,M,24.0,M,,*00"))
                .isEmpty();
        assertThat(parser.parse(sentence("GPGGA,12"))).isEmpty();
        assertThat(parser.parse("garbage")).isEmpty();
        assertThat(parser.skippedLines()).isEqualTo(2);
    }
}
