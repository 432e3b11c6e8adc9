package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepsDirectionParserTest {
    @ParameterizedTest
    @CsvSource({"up,UP", "down,DOWN", "30%,UP", "-20%,DOWN", "-10°,DOWN", "0,UNKNOWN", "yes,UNKNOWN"})
    void inclineGivesTheDirectionAlongTheWay(String incline, StepsDirection expected) {
        assertThat(StepsDirectionParser.parse(incline)).isEqualTo(expected);
    }

    @Test
    void noInclineIsUnknownAndTheReverseOfUpIsDown() {
        assertThat(StepsDirectionParser.parse(null)).isEqualTo(StepsDirection.UNKNOWN);
        assertThat(StepsDirection.UP.reverse()).isEqualTo(StepsDirection.DOWN);
        assertThat(StepsDirection.DOWN.reverse()).isEqualTo(StepsDirection.UP);
    }
}
