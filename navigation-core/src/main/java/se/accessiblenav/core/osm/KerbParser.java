package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** {@code kerb=*} and {@code kerb:height=*} on kerb nodes, crossing nodes and crossing ways. */
public final class KerbParser implements TagParser {
    private final EnumEncodedValue<Kerb> enc;

    public KerbParser(EnumEncodedValue<Kerb> enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        Kerb kerb = Kerb.MISSING;
        for (Map<String, Object> tags : new EdgeTags(way).crossingAttributeSources()) {
            Kerb fromType = Kerb.ofTagValue(tags.get("kerb"));
            if (fromType == Kerb.MISSING && tags.get("kerb:height") instanceof String h) {
                OptionalDouble metres = parseHeightMetres(h);
                if (metres.isPresent()) fromType = Kerb.ofHeightMetres(metres.getAsDouble());
            }
            kerb = kerb.max(fromType);
        }
        enc.setEnum(false, edgeId, edgeIntAccess, kerb);
    }

    /** "0.03", "3 cm", "3cm", "30 mm" → metres; anything else is unknown. */
    static OptionalDouble parseHeightMetres(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace(',', '.');
        double factor = 1;
        if (v.endsWith("mm")) {
            factor = 0.001;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("cm")) {
            factor = 0.01;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("m")) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            double number = Double.parseDouble(v.trim());
            return number < 0 ? OptionalDouble.empty() : OptionalDouble.of(number * factor);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
