package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RailCrossingTest {
    @Test
    void tramCrossingsAreTramTracksAndOtherCrossingsAreTracksOfAnyKind() {
        assertThat(RailCrossing.ofRailwayTag("tram_crossing")).isEqualTo(RailCrossing.TRAM);
        assertThat(RailCrossing.ofRailwayTag("tram_level_crossing")).isEqualTo(RailCrossing.TRAM);
        // mappers tag pedestrian crossings of tram lines railway=crossing too: not said to be a railway
        assertThat(RailCrossing.ofRailwayTag("crossing")).isEqualTo(RailCrossing.TRACKS);
        assertThat(RailCrossing.ofRailwayTag("level_crossing")).isEqualTo(RailCrossing.TRACKS);
        assertThat(RailCrossing.ofRailwayTag("tram_stop")).isEqualTo(RailCrossing.NONE);
        assertThat(RailCrossing.ofRailwayTag(null)).isEqualTo(RailCrossing.NONE);
        assertThat(RailCrossing.TRACKS.toString()).isEqualTo("tracks");
    }
}
