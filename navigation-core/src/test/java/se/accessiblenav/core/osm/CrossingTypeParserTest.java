package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.*;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.Crossing;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import org.junit.jupiter.api.Test;

class CrossingTypeParserTest {
    private final EnumEncodedValue<Crossing> enc = Crossing.create();
    private final EdgeIntAccess access = storageFor(enc);
    private final CrossingTypeParser parser = new CrossingTypeParser(enc);

    private Crossing parsed(ReaderWay way) {
        parse(parser, access, way);
        return enc.getEnum(false, EDGE, access);
    }

    @Test
    void regionalValuesOnNodes() {
        assertThat(parsed(withNodes(
                        way(1, "highway", "footway"), node(), node("highway", "crossing", "crossing", "zebra"))))
                .isEqualTo(Crossing.MARKED);
        assertThat(parsed(withNodes(
                        way(1, "highway", "footway"), node(), node("highway", "crossing", "crossing", "controlled"))))
                .isEqualTo(Crossing.TRAFFIC_SIGNALS);
        assertThat(parsed(withNodes(way(1, "highway", "footway"), node(), node("highway", "crossing"))))
                .isEqualTo(Crossing.UNMARKED);
    }

    @Test
    void crossingWayTagsCountToo() {
        assertThat(parsed(way(1, "highway", "footway", "footway", "crossing", "crossing", "traffic_signals")))
                .isEqualTo(Crossing.TRAFFIC_SIGNALS);
        assertThat(parsed(way(1, "highway", "footway", "footway", "crossing", "crossing:markings", "zebra")))
                .isEqualTo(Crossing.MARKED);
    }

    @Test
    void signalNodeOnACrossingWayMakesItSignalised() {
        assertThat(parsed(withNodes(
                        way(1, "highway", "footway", "footway", "crossing", "crossing", "unmarked"),
                        node(),
                        node("highway", "traffic_signals"))))
                .isEqualTo(Crossing.TRAFFIC_SIGNALS);
    }

    @Test
    void noCrossing() {
        assertThat(parsed(way(1, "highway", "footway"))).isEqualTo(Crossing.MISSING);
    }
}
