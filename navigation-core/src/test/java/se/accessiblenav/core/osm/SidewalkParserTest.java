package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.way;

import org.junit.jupiter.api.Test;

class SidewalkParserTest {
    @Test
    void plainAndPerSideTags() {
        assertThat(SidewalkParser.sidewalkOf(way(1, "highway", "residential", "sidewalk", "both")))
                .isEqualTo(Sidewalk.BOTH);
        assertThat(SidewalkParser.sidewalkOf(way(1, "highway", "residential", "sidewalk", "none")))
                .isEqualTo(Sidewalk.NO);
        assertThat(SidewalkParser.sidewalkOf(way(1, "highway", "primary", "sidewalk", "separate")))
                .isEqualTo(Sidewalk.SEPARATE);
        assertThat(SidewalkParser.sidewalkOf(way(1, "highway", "primary", "sidewalk:both", "separate")))
                .isEqualTo(Sidewalk.SEPARATE);
        assertThat(SidewalkParser.sidewalkOf(
                        way(1, "highway", "residential", "sidewalk:left", "yes", "sidewalk:right", "no")))
                .isEqualTo(Sidewalk.LEFT);
        assertThat(SidewalkParser.sidewalkOf(
                        way(1, "highway", "residential", "sidewalk:left", "no", "sidewalk:right", "no")))
                .isEqualTo(Sidewalk.NO);
        assertThat(SidewalkParser.sidewalkOf(way(1, "highway", "residential"))).isEqualTo(Sidewalk.MISSING);
    }
}
