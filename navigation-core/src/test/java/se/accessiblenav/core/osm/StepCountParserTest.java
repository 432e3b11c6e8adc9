package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.*;

import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.IntEncodedValue;
import org.junit.jupiter.api.Test;

class StepCountParserTest {
    private final IntEncodedValue enc = StepCountParser.create(6);
    private final EdgeIntAccess access = storageFor(enc);
    private final StepCountParser parser = new StepCountParser(enc);

    private int parsed(String... tags) {
        parse(parser, access, way(1, tags));
        return enc.getInt(false, EDGE, access);
    }

    @Test
    void countOnSteps() {
        assertThat(parsed("highway", "steps", "step_count", "12")).isEqualTo(12);
    }

    @Test
    void cappedAtTheEncodedMaximum() {
        assertThat(parsed("highway", "steps", "step_count", "200")).isEqualTo(63);
    }

    @Test
    void unknownOrNotSteps() {
        assertThat(parsed("highway", "steps", "step_count", "many")).isZero();
        assertThat(parsed("highway", "footway", "step_count", "3")).isZero();
    }
}
