package se.accessiblenav.core.guidance;

import com.graphhopper.util.AngleCalc;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.accessiblenav.core.osm.PlaceIndex;

/**
 * Words for "where am I" and "what is around me". Distances follow GPS accuracy, as Soundscape does:
 * said as measured when accuracy is within 10 m, "about" within 20 m, "around" beyond.
 */
public final class LocationDescriber {
    public LocationDescription describe(LocationFacts facts, Locale locale) {
        Messages m = Messages.forLocale(locale);
        String side = facts.sideBearing() == null ? "" : m.get(sideKey(facts.sideBearing()));
        String where;
        if (facts.street().isEmpty()) where = m.get("whereami.path");
        else if (facts.besideStreet() && !side.isEmpty()) where = m.get("whereami.beside.side", facts.street(), side);
        else if (facts.besideStreet()) where = m.get("whereami.beside", facts.street());
        else if (facts.onSidewalk() && !side.isEmpty()) where = m.get("whereami.side", facts.street(), side);
        else if (facts.onSidewalk()) where = m.get("whereami.sidewalk", facts.street());
        else where = m.get("whereami.street", facts.street());
        StringBuilder full = new StringBuilder(where);
        if (facts.cornerStreetA() != null)
            full.append(m.get(
                    "whereami.corner",
                    distance(m, facts.cornerDistanceMeters(), facts.accuracyMeters()),
                    facts.cornerStreetA(),
                    facts.cornerStreetB()));
        if (facts.heading() != null)
            full.append(m.get("whereami.heading", m.get(Direction.compassKey(facts.heading()))));
        if (facts.accuracyMeters() != null && facts.accuracyMeters() > 20) full.append(m.get("whereami.inaccurate"));
        return new LocationDescription(m.language(), m.isFallback(), facts.street(), side, where, full.toString());
    }

    /** The places around, nearest first; with a heading, directions are clock hours. */
    public List<PlaceDescription> describePlaces(
            List<PlaceIndex.Nearby> places,
            double lat,
            double lon,
            Double heading,
            Double accuracyMeters,
            Locale locale) {
        Messages m = Messages.forLocale(locale);
        List<PlaceDescription> result = new ArrayList<>();
        for (PlaceIndex.Nearby nearby : places) {
            PlaceIndex.Place place = nearby.place();
            double bearing = AngleCalc.ANGLE_CALC.calcAzimuth(lat, lon, place.lat(), place.lon());
            int hour = heading == null ? 0 : Direction.clockHour(Direction.relativeBearing(heading, bearing));
            String category = place.category().isEmpty() ? "" : m.get("category." + place.category());
            String direction = heading == null
                    ? m.get("place.toward", m.get(Direction.compassKey(bearing)))
                    : m.get("place.clock", hour);
            String text;
            if (nearby.distanceMeters() < 5) {
                text = category.isEmpty()
                        ? m.get("place.here", place.name())
                        : m.get("place.kind.here", place.name(), category);
            } else {
                String distance = distance(m, nearby.distanceMeters(), accuracyMeters);
                text = category.isEmpty()
                        ? m.get("place", place.name(), distance, direction)
                        : m.get("place.kind", place.name(), category, distance, direction);
            }
            result.add(new PlaceDescription(
                    place.name(), category, Math.round(nearby.distanceMeters()), Math.round(bearing), hour, text));
        }
        return result;
    }

    /** The spoken summary of a place list: how many, within what distance. */
    public String summarisePlaces(int count, double radiusMeters, Locale locale) {
        Messages m = Messages.forLocale(locale);
        return m.get(
                "around.summary",
                count,
                NumberFormat.getIntegerInstance(m.locale()).format(Math.round(radiusMeters)));
    }

    static String distance(Messages m, double meters, Double accuracyMeters) {
        String metres = m.get(
                "distance.metres.only",
                NumberFormat.getIntegerInstance(m.locale()).format(SpokenDistance.roundMeters(meters)));
        if (accuracyMeters == null || accuracyMeters <= 10) return metres;
        return m.get(accuracyMeters <= 20 ? "approx.about" : "approx.around", metres);
    }

    private static String sideKey(double bearing) {
        String[] sides = {"side.n", "side.e", "side.s", "side.w"};
        return sides[(int) Math.round(((bearing % 360) + 360) % 360 / 90) % 4];
    }
}
