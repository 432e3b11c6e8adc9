package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.*;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.ArrayEdgeIntAccess;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.ImportUnit;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.util.PMap;
import org.junit.jupiter.api.Test;

/** The yes/no values, each through its real registration in {@link AccessibilityImportRegistry}. */
class YesTagParserTest {
    private final AccessibilityImportRegistry registry = new AccessibilityImportRegistry();

    private boolean parsed(String name, ReaderWay way) {
        ImportUnit unit = registry.createImportUnit(name);
        BooleanEncodedValue enc =
                (BooleanEncodedValue) unit.getCreateEncodedValue().apply(new PMap());
        EncodingManager lookup = EncodingManager.start().add(enc).build();
        TagParser parser = unit.getCreateTagParser().apply(lookup, new PMap());
        BooleanEncodedValue stored = lookup.getBooleanEncodedValue(name);
        var access = ArrayEdgeIntAccess.createFromBytes(lookup.getBytesForFlags());
        parse(parser, access, way);
        return stored.getBool(false, EDGE, access);
    }

    private static ReaderWay crossingWith(String key, String value) {
        return withNodes(
                way(1, "highway", "footway", "footway", "crossing"),
                node(),
                node("highway", "crossing", "crossing", "traffic_signals", key, value),
                node());
    }

    @Test
    void acousticSignal() {
        assertThat(parsed(AccessibilityImportRegistry.SIGNAL_SOUND, crossingWith("traffic_signals:sound", "yes")))
                .isTrue();
        assertThat(parsed(AccessibilityImportRegistry.SIGNAL_SOUND, crossingWith("traffic_signals:sound", "locate")))
                .isTrue();
        assertThat(parsed(AccessibilityImportRegistry.SIGNAL_SOUND, crossingWith("traffic_signals:sound", "no")))
                .isFalse();
    }

    @Test
    void vibrationSignal() {
        assertThat(parsed(
                        AccessibilityImportRegistry.SIGNAL_VIBRATION, crossingWith("traffic_signals:vibration", "yes")))
                .isTrue();
        assertThat(parsed(AccessibilityImportRegistry.SIGNAL_VIBRATION, crossingWith("traffic_signals:sound", "yes")))
                .isFalse();
    }

    @Test
    void pushButton() {
        assertThat(parsed(AccessibilityImportRegistry.PUSH_BUTTON, crossingWith("button_operated", "yes")))
                .isTrue();
        assertThat(parsed(AccessibilityImportRegistry.PUSH_BUTTON, crossingWith("button_operated", "no")))
                .isFalse();
    }

    @Test
    void handrailOnEitherSide() {
        assertThat(parsed(AccessibilityImportRegistry.HANDRAIL, way(1, "highway", "steps", "handrail:left", "yes")))
                .isTrue();
        assertThat(parsed(AccessibilityImportRegistry.HANDRAIL, way(1, "highway", "steps", "handrail", "no")))
                .isFalse();
    }

    @Test
    void lit() {
        assertThat(parsed(AccessibilityImportRegistry.LIT, way(1, "highway", "footway", "lit", "24/7")))
                .isTrue();
        assertThat(parsed(AccessibilityImportRegistry.LIT, way(1, "highway", "footway", "lit", "no")))
                .isFalse();
        assertThat(parsed(AccessibilityImportRegistry.LIT, way(1, "highway", "footway")))
                .isFalse();
    }

    @Test
    void signalAtTheEndNodeOfASidewalkDoesNotCount() {
        ReaderWay sidewalk = withNodes(
                way(1, "highway", "footway", "footway", "sidewalk"),
                node(),
                node("highway", "traffic_signals", "traffic_signals:sound", "yes"));
        assertThat(parsed(AccessibilityImportRegistry.SIGNAL_SOUND, sidewalk)).isFalse();
    }
}
