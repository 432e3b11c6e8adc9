package se.accessiblenav.server.route;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
import se.accessiblenav.server.system.ClientText;
import se.accessiblenav.server.system.RequestParameters;

/**
 * Reads GraphHopper's {@code /route} request, GET query or POST JSON, into a {@link GHRequest}, with a
 * plain-language message for every mistake. Unknown parameters become hints, as in GraphHopper.
 */
final class RouteRequestReader {
    static final String DEFAULT_PROFILE = WalkerProfile.BLIND_CANE.profileName();
    static final String ROUND_TRIP = "round_trip";
    /** A round trip of more than 20 km is no walk. */
    static final double MAX_ROUND_TRIP_METERS = 20_000;

    private static final Set<String> LIST_PARAMETERS =
            Set.of("point", "details", "heading", "point_hint", "curbside", "snap_prevention");

    private static final String EXAMPLE = "Points are [longitude, latitude] pairs:"
            + " {\"points\": [[18.063, 59.3355], [18.0737, 59.3358]], \"profile\": \"blind_cane\"}.";

    private final ObjectMapper graphHopperJson;

    RouteRequestReader(ObjectMapper graphHopperJson) {
        this.graphHopperJson = graphHopperJson;
        // a route request is a few levels deep; far deeper input is refused before it costs stack or memory
        graphHopperJson
                .getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxNumberLength(100)
                        .maxStringLength(100_000)
                        .build());
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
            if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException)
                throw new ClientProblemException("The request body is nested too deeply or has a number or text too"
                        + " long to be a route request.");
            throw new ClientProblemException(describe(e) + " " + EXAMPLE);
        } catch (RuntimeException e) {
            throw new ClientProblemException("The request body could not be read as a route request. " + EXAMPLE);
        }
        if (request == null) throw new ClientProblemException("The request body is null. " + EXAMPLE);
        if (request.getPoints() == null) throw new ClientProblemException("The request has no points. " + EXAMPLE);
        request.setPathDetails(listOf("details", request.getPathDetails()));
        request.setHeadings(listOf("headings", request.getHeadings()));
        request.setPointHints(listOf("point_hints", request.getPointHints()));
        request.setCurbsides(listOf("curbsides", request.getCurbsides()));
        request.setSnapPreventions(listOf("snap_preventions", request.getSnapPreventions()));
        for (int i = 0; i < request.getPoints().size(); i++) {
            GHPoint p = request.getPoints().get(i);
            if (p == null)
                throw new ClientProblemException("Point " + (i + 1) + " is empty; give it as [longitude, latitude].");
            RequestParameters.checkRange(p, i);
        }
        return validated(request);
    }

    /** A list of the request, never null and without empty entries (JSON {@code null} means none). */
    private static <T> List<T> listOf(String name, List<T> list) {
        if (list == null) return new ArrayList<>();
        if (list.contains(null)) throw new ClientProblemException("'" + name + "' has an empty (null) entry.");
        return list;
    }

    /** Where the body went wrong, in words: the field (as a JSON path) or the line and column. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mismatch.getPath())
                if (ref.getFieldName() != null)
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                else if (ref.getIndex() >= 0)
                    path.append('[').append(ref.getIndex()).append(']');
            return "The request body has a value of the wrong kind at '" + ClientText.quote(path.toString()) + "'.";
        }
        if (e instanceof JsonEOFException || e.getCause() instanceof JsonEOFException)
            return "The request body is not valid route JSON: it ends before the JSON is complete.";
        if (e instanceof MismatchedInputException) return "The request body must be a JSON object.";
        JsonLocation location = e.getLocation() != null
                ? e.getLocation()
                : e.getCause() instanceof JsonProcessingException cause ? cause.getLocation() : null;
        String where = location == null || location.getLineNr() < 0
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "The request body is not valid route JSON: the reading stopped" + where + ".";
    }

    private GHRequest validated(GHRequest request) {
        CustomModelLimits.check(request.getCustomModel());
        boolean roundTrip = ROUND_TRIP.equalsIgnoreCase(request.getAlgorithm());
        if (roundTrip && request.getPoints().size() != 1)
            throw new ClientProblemException("A round trip starts and ends at one point: give one point with"
                    + " algorithm=round_trip (and round_trip.distance in metres, default 10000); got "
                    + request.getPoints().size() + ".");
        if (!roundTrip && request.getPoints().size() < 2)
            throw new ClientProblemException("A route needs at least two points (start and destination); got "
                    + request.getPoints().size()
                    + ". GET: point=lat,lon&point=lat,lon. POST: \"points\": [[lon,lat],[lon,lat]]. For a walk"
                    + " back to the start give one point with algorithm=round_trip&round_trip.distance=3000.");
        if (roundTrip) checkRoundTrip(request);
        if (request.getProfile() == null || request.getProfile().isBlank()) request.setProfile(DEFAULT_PROFILE);
        if (WalkerProfile.findByName(request.getProfile()).isEmpty())
            throw new ClientProblemException(
                    "Unknown profile '" + ClientText.quote(request.getProfile()) + "'. Known profiles: "
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
        if (!"json".equals(type) && !"gpx".equals(type))
            throw new ClientProblemException("type must be json or gpx, not '" + ClientText.quote(type) + "'.");
        if ("gpx".equals(type) && !calcPoints)
            throw new ClientProblemException("A GPX route needs its points: leave out calc_points=false.");
        if (!request.getHeadings().isEmpty()
                && request.getHeadings().size() != request.getPoints().size()
                && request.getHeadings().size() != 1)
            throw new ClientProblemException("Give one heading, or one heading per point ("
                    + request.getPoints().size() + "), not "
                    + request.getHeadings().size() + ".");
        return request;
    }

    /** GraphHopper's round-trip hints: a length a walker can walk, and a whole-number seed for its shape. */
    private static void checkRoundTrip(GHRequest request) {
        Object distance = request.getHints().getObject("round_trip.distance", 10_000);
        double meters = parseNumber("round_trip.distance", String.valueOf(distance));
        if (!(meters >= 100 && meters <= MAX_ROUND_TRIP_METERS))
            throw new ClientProblemException("round_trip.distance must be from 100 to " + (int) MAX_ROUND_TRIP_METERS
                    + " metres; got " + ClientText.quote(String.valueOf(distance)) + ".");
        Object seed = request.getHints().getObject("round_trip.seed", 0);
        try {
            Long.parseLong(String.valueOf(seed).trim());
        } catch (NumberFormatException e) {
            throw new ClientProblemException(
                    "round_trip.seed must be a whole number; got '" + ClientText.quote(String.valueOf(seed)) + "'.");
        }
    }

    private static double parseNumber(String name, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ClientProblemException(
                    "The parameter '" + name + "' must be a number; got '" + ClientText.quote(text) + "'.");
        }
    }
}
