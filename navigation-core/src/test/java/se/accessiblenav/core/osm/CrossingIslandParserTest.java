package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.*;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.SimpleBooleanEncodedValue;
import org.junit.jupiter.api.Test;

class CrossingIslandParserTest {
    private final BooleanEncodedValue enc = new SimpleBooleanEncodedValue(CrossingIslandParser.KEY);
    private final EdgeIntAccess access = storageFor(enc);
    private final CrossingIslandParser parser = new CrossingIslandParser(enc);

    private boolean parsed(ReaderWay way) {
        parse(parser, access, way);
        return enc.getBool(false, EDGE, access);
    }

    @Test
    void islandOnTheCrossingNode() {
        assertThat(parsed(withNodes(
                        way(1, "highway", "footway", "footway", "crossing"),
                        node(),
                        node("highway", "crossing", "crossing:island", "yes"),
                        node())))
                .isTrue();
    }

    @Test
    void trafficIslandWayAndCalmingNode() {
        assertThat(parsed(way(1, "highway", "footway", "footway", "traffic_island")))
                .isTrue();
        assertThat(parsed(withNodes(
                        way(1, "highway", "footway", "footway", "crossing"),
                        node(),
                        node("traffic_calming", "island"),
                        node())))
                .isTrue();
    }

    @Test
    void noIsland() {
        assertThat(parsed(withNodes(
                        way(1, "highway", "footway", "footway", "crossing"),
                        node(),
                        node("crossing:island", "no"),
                        node())))
                .isFalse();
    }
}
