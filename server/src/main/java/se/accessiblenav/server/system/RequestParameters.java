package se.accessiblenav.server.system;

import com.graphhopper.util.shapes.GHPoint;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import se.accessiblenav.core.routing.MapInfo;

/** Parsing of the query parameters several endpoints share, with a plain-language 400 for each mistake. */
public final class RequestParameters {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

    private RequestParameters() {}

    /** {@code lat,lon}; {@code index} is 0-based and said 1-based in messages. */
    public static GHPoint parsePoint(String text, int index) {
        String[] parts = text.split(",");
        if (parts.length != 2)
            throw new ClientProblemException(
                    "Point " + (index + 1) + " must be 'latitude,longitude' (e.g. point=59.3355,18.0630); got '"
                            + ClientText.quote(text) + "'.",
                    IllegalArgumentException.class.getName(),
                    Map.of("point_index", index));
        GHPoint point;
        try {
            point = new GHPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new ClientProblemException(
                    "Point " + (index + 1) + " must be two numbers 'latitude,longitude'; got '" + ClientText.quote(text)
                            + "'.",
                    IllegalArgumentException.class.getName(),
                    Map.of("point_index", index));
        }
        checkRange(point, index);
        return point;
    }

    public static void checkRange(GHPoint p, int index) {
        if (!(p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180))
            throw new ClientProblemException(
                    "Point " + (index + 1) + " (" + p.lat + ", " + p.lon
                            + ") is not a valid coordinate: latitude must be -90..90 and longitude -180..180.",
                    IllegalArgumentException.class.getName(),
                    Map.of("point_index", index));
    }

    /** The message for a position outside the loaded map; {@code what} is e.g. "Point 2" or "The position". */
    public static String outsideMap(String what, double lat, double lon, MapInfo map) {
        return String.format(
                Locale.ROOT,
                "%s (%.6f, %.6f) is outside the loaded map %s, which covers latitude %.4f to %.4f and longitude %.4f to %.4f.",
                what,
                lat,
                lon,
                map.osmFileName(),
                map.minLat(),
                map.maxLat(),
                map.minLon(),
                map.maxLon());
    }

    /** A language tag such as {@code en} or {@code sv-SE}; null means English. */
    public static Locale parseLocale(String text) {
        if (text == null) return Locale.ENGLISH;
        if (!LANGUAGE_TAG.matcher(text).matches())
            throw new ClientProblemException(
                    "The locale '" + ClientText.quote(text) + "' is not a language code; use e.g. en or sv.");
        return Locale.forLanguageTag(text.replace('_', '-'));
    }

    /** An optional number within [min, max], or null when absent. */
    public static Double parseOptional(String name, String text, double min, double max) {
        if (text == null || text.isBlank()) return null;
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ClientProblemException(
                    "The parameter '" + name + "' must be a number; got '" + ClientText.quote(text) + "'.");
        }
        if (!(value >= min && value <= max))
            throw new ClientProblemException("The parameter '" + name + "' must be between " + format(min) + " and "
                    + format(max) + "; got " + text + ".");
        return value;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
