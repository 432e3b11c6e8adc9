package se.accessiblenav.server.route;

import com.graphhopper.util.shapes.GHPoint;
import java.util.Arrays;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.core.routing.MapInfo;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.ClientText;
import se.accessiblenav.server.system.RequestParameters;

/** The parameters {@code /nearest} and {@code /isochrone} share, read with a plain-language 400 for each mistake. */
final class NetworkQueries {
    private NetworkQueries() {}

    /** The one {@code point=lat,lon}, inside the loaded map. */
    static GHPoint point(String text, MapInfo map) {
        if (text == null || text.isBlank())
            throw new ClientProblemException(
                    "Give the point as point=latitude,longitude (e.g. point=59.3355,18.0630).");
        GHPoint point = RequestParameters.parsePoint(text, 0);
        if (!(point.lat >= map.minLat()
                && point.lat <= map.maxLat()
                && point.lon >= map.minLon()
                && point.lon <= map.maxLon()))
            throw new ClientProblemException(RequestParameters.outsideMap("The point", point.lat, point.lon, map));
        return point;
    }

    /** A walker profile's name, or the default when absent. */
    static String profile(String text) {
        if (text == null || text.isBlank()) return RouteRequestReader.DEFAULT_PROFILE;
        return WalkerProfile.findByName(text)
                .map(WalkerProfile::profileName)
                .orElseThrow(() -> new ClientProblemException("Unknown profile '" + ClientText.quote(text)
                        + "'. Known profiles: "
                        + String.join(
                                ", ",
                                Arrays.stream(WalkerProfile.values())
                                        .map(WalkerProfile::profileName)
                                        .toList())
                        + " (see GET /profiles)."));
    }
}
