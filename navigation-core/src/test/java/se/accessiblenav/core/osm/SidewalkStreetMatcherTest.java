package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.reader.ReaderWay;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SidewalkStreetMatcherTest {
    private final SidewalkStreetMatcher matcher = new SidewalkStreetMatcher();
    private final Map<Long, double[]> positions = new HashMap<>();

    private void way(long id, long[] nodes, String... tags) {
        ReaderWay way = new ReaderWay(id);
        for (long node : nodes) way.getNodes().add(node);
        for (int i = 0; i < tags.length; i += 2) way.setTag(tags[i], tags[i + 1]);
        matcher.addWay(way, CrossedRoad.ofHighway(way.getTag("highway"), way.getTag("service")));
    }

    private void node(long id, double lat, double lon) {
        positions.put(id, new double[] {lat, lon});
    }

    @Test
    void parallelSidewalkTenMetresAwayBelongsToTheStreet() {
        way(1, new long[] {1, 2}, "highway", "residential", "name", "Storgatan");
        way(2, new long[] {3, 4}, "highway", "footway", "footway", "sidewalk");
        node(1, 59.3300, 18.0600);
        node(2, 59.3300, 18.0640);
        node(3, 59.33009, 18.0605);
        node(4, 59.33009, 18.0635);
        assertThat(matcher.match(positions)).isEqualTo(Map.of(2L, "Storgatan"));
    }

    @Test
    void perpendicularOrDistantWaysAreNotMatched() {
        way(1, new long[] {1, 2}, "highway", "residential", "name", "Storgatan");
        way(2, new long[] {3, 4}, "highway", "footway", "footway", "sidewalk"); // perpendicular, touching
        way(3, new long[] {5, 6}, "highway", "footway", "footway", "sidewalk"); // parallel, 60 m away
        node(1, 59.3300, 18.0600);
        node(2, 59.3300, 18.0640);
        node(3, 59.33005, 18.0620);
        node(4, 59.33040, 18.0620);
        node(5, 59.33054, 18.0605);
        node(6, 59.33054, 18.0635);
        assertThat(matcher.match(positions)).isEmpty();
    }

    @Test
    void namedOrTaggedSidewalksAreLeftToTheirTags() {
        way(1, new long[] {1, 2}, "highway", "residential", "name", "Storgatan");
        way(2, new long[] {3, 4}, "highway", "footway", "footway", "sidewalk", "is_sidepath:of:name", "Kungsgatan");
        assertThat(matcher.needsNodes()).isFalse();
    }
}
