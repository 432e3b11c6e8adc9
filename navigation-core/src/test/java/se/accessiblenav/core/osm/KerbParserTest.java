package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.*;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import org.junit.jupiter.api.Test;

class KerbParserTest {
    private final EnumEncodedValue<Kerb> enc = Kerb.create();
    private final EdgeIntAccess access = storageFor(enc);
    private final KerbParser parser = new KerbParser(enc);

    private Kerb parsed(ReaderWay way) {
        parse(parser, access, way);
        return enc.getEnum(false, EDGE, access);
    }

    private static ReaderWay crossingThrough(java.util.Map<String, Object> kerbNode) {
        return withNodes(way(1, "highway", "footway", "footway", "crossing"), node(), kerbNode, node());
    }

    @Test
    void kerbTypes() {
        assertThat(parsed(crossingThrough(node("barrier", "kerb", "kerb", "lowered"))))
                .isEqualTo(Kerb.LOWERED);
        assertThat(parsed(crossingThrough(node("kerb", "raised")))).isEqualTo(Kerb.RAISED);
        assertThat(parsed(crossingThrough(node("kerb", "flush")))).isEqualTo(Kerb.FLUSH);
        assertThat(parsed(crossingThrough(node("kerb", "rolled")))).isEqualTo(Kerb.ROLLED);
        assertThat(parsed(crossingThrough(node()))).isEqualTo(Kerb.MISSING);
    }

    @Test
    void kerbHeightInMetresCentimetresAndMillimetres() {
        assertThat(parsed(crossingThrough(node("kerb:height", "0.03")))).isEqualTo(Kerb.LOWERED);
        assertThat(parsed(crossingThrough(node("kerb:height", "12 cm")))).isEqualTo(Kerb.RAISED);
        assertThat(parsed(crossingThrough(node("kerb:height", "0mm")))).isEqualTo(Kerb.FLUSH);
        assertThat(parsed(crossingThrough(node("kerb:height", "high")))).isEqualTo(Kerb.MISSING);
    }

    @Test
    void theHigherOfTwoKerbsIsKept() {
        var way = withNodes(
                way(1, "highway", "footway", "footway", "crossing"),
                node("kerb", "lowered"),
                node("highway", "crossing"),
                node("kerb", "raised"));
        assertThat(parsed(way)).isEqualTo(Kerb.RAISED);
    }
}
