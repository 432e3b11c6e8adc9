package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.*;

import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import org.junit.jupiter.api.Test;

class TactilePavingParserTest {
    private final EnumEncodedValue<TactilePaving> enc = TactilePaving.create();
    private final EdgeIntAccess access = storageFor(enc);
    private final TactilePavingParser parser = new TactilePavingParser(enc);

    private TactilePaving parsed(com.graphhopper.reader.ReaderWay way) {
        parse(parser, access, way);
        return enc.getEnum(false, EDGE, access);
    }

    @Test
    void readsTheWayTag() {
        assertThat(parsed(way(1, "highway", "footway", "tactile_paving", "yes")))
                .isEqualTo(TactilePaving.YES);
        assertThat(parsed(way(1, "highway", "footway", "tactile_paving", "incorrect")))
                .isEqualTo(TactilePaving.NO);
        assertThat(parsed(way(1, "highway", "footway"))).isEqualTo(TactilePaving.MISSING);
    }

    @Test
    void readsKerbNodeInsideTheEdgeAndYesWinsOverNo() {
        var way = withNodes(
                way(1, "highway", "footway", "footway", "crossing"),
                node(),
                node("tactile_paving", "no"),
                node("kerb", "lowered", "tactile_paving", "yes"),
                node());
        assertThat(parsed(way)).isEqualTo(TactilePaving.YES);
    }

    @Test
    void ignoresTheEndNodeOfAnEdgeThatIsNotACrossing() {
        // a sidewalk that ends at a kerb node with tactile paving: the paving belongs to the crossing
        var way = withNodes(way(1, "highway", "footway", "footway", "sidewalk"), node(), node("tactile_paving", "yes"));
        assertThat(parsed(way)).isEqualTo(TactilePaving.MISSING);
    }

    @Test
    void readsTheEndNodeOfACrossingEdge() {
        var way = withNodes(way(1, "highway", "footway", "footway", "crossing"), node("tactile_paving", "yes"), node());
        assertThat(parsed(way)).isEqualTo(TactilePaving.YES);
    }
}
