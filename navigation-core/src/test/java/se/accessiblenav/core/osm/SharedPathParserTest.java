package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.way;

import org.junit.jupiter.api.Test;

class SharedPathParserTest {
    @Test
    void cyclewayOpenToWalkers() {
        assertThat(SharedPathParser.sharingOf(way(1, "highway", "cycleway", "foot", "designated", "segregated", "yes")))
                .isEqualTo(SharedPath.SEGREGATED);
        assertThat(SharedPathParser.sharingOf(way(1, "highway", "cycleway", "foot", "yes")))
                .isEqualTo(SharedPath.NOT_SEGREGATED);
    }

    @Test
    void footwaySignedForBicycles() {
        assertThat(SharedPathParser.sharingOf(
                        way(1, "highway", "footway", "bicycle", "designated", "segregated", "no")))
                .isEqualTo(SharedPath.NOT_SEGREGATED);
    }

    @Test
    void plainFootwayOrCyclewayWithoutWalkers() {
        assertThat(SharedPathParser.sharingOf(way(1, "highway", "footway"))).isEqualTo(SharedPath.NO);
        assertThat(SharedPathParser.sharingOf(way(1, "highway", "cycleway"))).isEqualTo(SharedPath.NO);
    }
}
