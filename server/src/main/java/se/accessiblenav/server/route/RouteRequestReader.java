package se.accessiblenav.server.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.graphhopper.GHRequest;
import com.graphhopper.util.Helper;
import com.graphhopper.util.shapes.GHPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.RequestParameters;

/**
 * Reads GraphHopper's {@code /route} request, GET query or POST JSON, into a {@link GHRequest}, with a
 * plain-language message for every mistake. Unknown parameters become hints, as in GraphHopper.
 */
final class RouteRequestReader {
    static final String DEFAULT_PROFILE = WalkerProfile.BLIND_CANE.profileName();
    private static final Set<String> LIST_PARAMETERS =
            Set.of("point", "details", "heading", "point_hint", "curbside", "snap_prevention");

    private final ObjectMapper graphHopperJson;

    RouteRequestReader(ObjectMapper graphHopperJson) {
        this.graphHopperJson = graphHopperJson;
    }

    GHRequest fromQuery(MultiValueMap<String, String> query) {
        List<String> pointTexts = query.getOrDefault("point", List.of());
        List<GHPoint> points = new ArrayList<>();
        for (int i = 0; i < pointTexts.size(); i++) points.add(RequestParameters.parsePoint(pointTexts.get(i), i));
        GHRequest request = new GHRequest(points);
        request.setProfile(query.getFirst("profile"));
        if (query.containsKey("locale")) request.setLocale(query.getFirst("locale"));
        request.setPathDetails(query.getOrDefault("details", List.of()));
        request.setHeadings(query.getOrDefault("heading", List.of()).stream()
                .map(h -> parseNumber("heading", h))
                .toList());
        request.setPointHints(query.getOrDefault("point_hint", List.of()));
        request.setCurbsides(query.getOrDefault("curbside", List.of()));
        request.setSnapPreventions(query.getOrDefault("snap_prevention", List.of()));
        if (query.containsKey("algorithm")) request.setAlgorithm(query.getFirst("algorithm"));
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            String key = entry.getKey();
            if (LIST_PARAMETERS.contains(key)
                    || key.equals("profile")
                    || key.equals("locale")
                    || key.equals("algorithm")) continue;
            request.getHints().putObject(key, Helper.toObject(entry.getValue().get(0)));
        }
        return validated(request);
    }

    GHRequest fromJson(String body) {
        if (body == null || body.isBlank())
            throw new ClientProblemException(
                    "The request body is empty; send a JSON object with \"points\": [[lon, lat], ...].");
        GHRequest request;
        try {
            request = graphHopperJson.readValue(body, GHRequest.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw new ClientProblemException(
                    "The request body is not valid route JSON: " + e.getOriginalMessage() + where
                            + ". Points are [longitude, latitude] pairs: {\"points\": [[18.063, 59.3355], [18.0737, 59.3358]]}.");
        } catch (RuntimeException e) {
            throw new ClientProblemException(
                    "The request body could not be read as a route request: " + e.getMessage());
        }
        for (int i = 0; i < request.getPoints().size(); i++) {
            GHPoint p = request.getPoints().get(i);
            if (p == null)
                throw new ClientProblemException("Point " + (i + 1) + " is empty; give it as [longitude, latitude].");
            RequestParameters.checkRange(p, i);
        }
        return validated(request);
    }

    private GHRequest validated(GHRequest request) {
        if (request.getPoints().size() < 2)
            throw new ClientProblemException("A route needs at least two points (start and destination); got "
                    + request.getPoints().size()
                    + ". GET: point=lat,lon&point=lat,lon. POST: \"points\": [[lon,lat],[lon,lat]].");
        if (request.getProfile() == null || request.getProfile().isBlank()) request.setProfile(DEFAULT_PROFILE);
        if (WalkerProfile.findByName(request.getProfile()).isEmpty())
            throw new ClientProblemException("Unknown profile '" + request.getProfile() + "'. Known profiles: "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(WalkerProfile.values())
                                    .map(WalkerProfile::profileName)
                                    .toList())
                    + " (see GET /profiles).");
        request.setProfile(request.getProfile().trim().toLowerCase(Locale.ROOT));
        boolean instructions = request.getHints().getBool("instructions", true);
        boolean calcPoints = request.getHints().getBool("calc_points", true);
        if (instructions && !calcPoints)
            throw new ClientProblemException(
                    "Instructions need points: with calc_points=false also set instructions=false.");
        String type = request.getHints().getString("type", "json");
        if (!"json".equals(type)) throw new ClientProblemException("Only type=json is supported, not '" + type + "'.");
        if (!request.getHeadings().isEmpty()
                && request.getHeadings().size() != request.getPoints().size()
                && request.getHeadings().size() != 1)
            throw new ClientProblemException("Give one heading, or one heading per point ("
                    + request.getPoints().size() + "), not "
                    + request.getHeadings().size() + ".");
        return request;
    }

    private static double parseNumber(String name, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ClientProblemException("The parameter '" + name + "' must be a number; got '" + text + "'.");
        }
    }
}
