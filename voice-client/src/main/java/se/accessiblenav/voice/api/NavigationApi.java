package se.accessiblenav.voice.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;

/**
 * The server's HTTP/JSON API as the voice client uses it: {@code /route} (with the server's guidance
 * cues), {@code /whereami} and {@code /around}. Short timeouts: a walker must not wait long for an answer.
 */
public final class NavigationApi {
    private final URI base;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final ObjectMapper json = new ObjectMapper();

    public NavigationApi(URI base, Duration requestTimeout) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public Route route(RouteRequest request) throws ServerUnreachableException, ServerRefusedException {
        String query = "point=" + request.from().toParameter()
                + "&point=" + request.to().toParameter()
                + "&profile=" + encode(request.profile())
                + "&locale=" + encode(request.language())
                + "&points_encoded=false&instructions=false&details=street_name"
                + String.format(Locale.ROOT, "&walking_speed=%.2f", request.walkingSpeedMetersPerSecond());
        return readRoute(get("route?" + query));
    }

    /**
     * A trip with public transport ({@code /route-pt}), leaving no earlier than {@code departure}: the server's
     * first (fastest) trip, each leg with its guidance.
     */
    public Trip trip(RouteRequest request, java.time.Instant departure)
            throws ServerUnreachableException, ServerRefusedException {
        String query = "point=" + request.from().toParameter()
                + "&point=" + request.to().toParameter()
                + "&profile=" + encode(request.profile())
                + "&locale=" + encode(request.language())
                + "&pt.limit_solutions=1"
                + "&pt.earliest_departure_time=" + encode(departure.toString());
        return TripReader.read(get("route-pt?" + query));
    }

    public PlaceReport whereAmI(LatLon position, Double headingDegrees, double accuracyMeters, String language)
            throws ServerUnreachableException, ServerRefusedException {
        JsonNode answer = get("whereami?point=" + position.toParameter()
                + headingParameter(headingDegrees)
                + String.format(Locale.ROOT, "&accuracy=%.0f", Math.min(1000, accuracyMeters))
                + "&locale=" + encode(language));
        return new PlaceReport(answer.path("full_text").asText(), List.of());
    }

    public PlaceReport around(
            LatLon position, Double headingDegrees, double radiusMeters, double accuracyMeters, String language)
            throws ServerUnreachableException, ServerRefusedException {
        JsonNode answer = get("around?point=" + position.toParameter()
                + headingParameter(headingDegrees)
                + String.format(Locale.ROOT, "&radius=%.0f&accuracy=%.0f", radiusMeters, Math.min(1000, accuracyMeters))
                + "&locale=" + encode(language));
        List<String> places = new ArrayList<>();
        answer.path("places").forEach(p -> places.add(p.path("text").asText()));
        return new PlaceReport(answer.path("summary").asText(), places);
    }

    private static String headingParameter(Double headingDegrees) {
        return headingDegrees == null ? "" : String.format(Locale.ROOT, "&heading=%.0f", headingDegrees % 360);
    }

    private JsonNode get(String pathAndQuery) throws ServerUnreachableException, ServerRefusedException {
        return exchange(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET(), true);
    }

    /**
     * Calls for help ({@code POST /help}): the server tells the walker's contacts at once.
     *
     * @param route the route being walked, or empty
     * @param deviceToken the server's device token, or empty when it takes calls from anyone
     */
    public HelpCall callForHelp(
            LatLon position,
            double accuracyMeters,
            String name,
            String language,
            List<LatLon> route,
            String deviceToken)
            throws ServerUnreachableException, ServerRefusedException {
        var body = json.createObjectNode()
                .put("lat", position.lat())
                .put("lon", position.lon())
                .put("accuracy", accuracyMeters)
                .put("locale", language);
        if (name != null && !name.isBlank()) body.put("name", name);
        var points = body.putArray("route");
        for (LatLon point : route) points.addArray().add(point.lon()).add(point.lat());
        HttpRequest.Builder request = post("help", body.toString());
        if (deviceToken != null && !deviceToken.isBlank()) request.header("Authorization", "Bearer " + deviceToken);
        JsonNode answer = exchange(request, true);
        List<String> contacts = new ArrayList<>();
        answer.path("contacts").forEach(c -> contacts.add(c.asText()));
        return new HelpCall(
                answer.path("id").asText(),
                answer.path("update_key").asText(),
                answer.path("share_url").asText(),
                answer.path("words").asText(),
                contacts);
    }

    /** The walker moved; answers the new position in words. */
    public String moveHelp(HelpCall call, LatLon position, double accuracyMeters)
            throws ServerUnreachableException, ServerRefusedException {
        String body = json.createObjectNode()
                .put("lat", position.lat())
                .put("lon", position.lon())
                .put("accuracy", accuracyMeters)
                .toString();
        return exchange(post("help/" + call.id() + "/position", body).header(HELP_KEY, call.updateKey()), true)
                .path("words")
                .asText();
    }

    /** Who has seen the call, and how each message went. */
    public HelpStatus helpStatus(HelpCall call) throws ServerUnreachableException, ServerRefusedException {
        JsonNode answer = exchange(
                HttpRequest.newBuilder(base.resolve("help/" + call.id()))
                        .header(HELP_KEY, call.updateKey())
                        .GET(),
                true);
        List<String> seenBy = new ArrayList<>();
        answer.path("seen_by").forEach(s -> seenBy.add(s.path("name").asText()));
        List<HelpStatus.Delivery> deliveries = new ArrayList<>();
        answer.path("deliveries")
                .forEach(d -> deliveries.add(new HelpStatus.Delivery(
                        d.path("contact").asText(),
                        d.path("channel").asText(),
                        d.path("state").asText(),
                        d.path("error").asText(""))));
        return new HelpStatus(
                answer.path("open").asBoolean(), answer.path("cancelled").asBoolean(), seenBy, deliveries);
    }

    /** The walker no longer needs help; the contacts are told. */
    public void cancelHelp(HelpCall call) throws ServerUnreachableException, ServerRefusedException {
        exchange(
                HttpRequest.newBuilder(base.resolve("help/" + call.id()))
                        .header(HELP_KEY, call.updateKey())
                        .DELETE(),
                false);
    }

    private static final String HELP_KEY = "X-Help-Key";

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private JsonNode exchange(HttpRequest.Builder builder, boolean answerExpected)
            throws ServerUnreachableException, ServerRefusedException {
        HttpRequest request = builder.timeout(requestTimeout)
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServerUnreachableException(
                    "The navigation server at " + base + " cannot be reached (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException("Interrupted while waiting for the navigation server", e);
        }
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status >= 500)
            throw new ServerUnreachableException(
                    "The navigation server failed (HTTP " + status + "): " + detail(body, response.body()), null);
        if (status >= 400) throw new ServerRefusedException(status, detail(body, response.body()));
        if (body == null && answerExpected)
            throw new ServerUnreachableException("The navigation server sent something that is not JSON", null);
        return body;
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String detail(JsonNode problem, String raw) {
        if (problem != null && problem.hasNonNull("detail"))
            return problem.get("detail").asText();
        if (problem != null && problem.hasNonNull("message"))
            return problem.get("message").asText();
        return raw == null || raw.isBlank() ? "no detail" : raw.substring(0, Math.min(200, raw.length()));
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The cues of a guidance object ({@code /route}'s path, or one leg of {@code /route-pt}'s). */
    static List<RouteCue> readCues(JsonNode guidance) {
        List<RouteCue> cues = new ArrayList<>();
        for (JsonNode c : guidance.path("cues")) {
            List<Double> announce = new ArrayList<>();
            c.path("announce_before").forEach(a -> announce.add(a.asDouble()));
            cues.add(new RouteCue(
                    c.path("id").asText(),
                    c.path("kind").asText(),
                    c.path("distance").asDouble(),
                    new LatLon(c.path("lat").asDouble(), c.path("lon").asDouble()),
                    announce,
                    c.path("short_text").asText(),
                    c.path("full_text").asText()));
        }
        return cues;
    }

    /** Reads the first path of a GraphHopper {@code /route} answer with the server's {@code guidance} member. */
    static Route readRoute(JsonNode answer) throws ServerUnreachableException {
        JsonNode path = answer.path("paths").path(0);
        JsonNode coordinates = path.path("points").path("coordinates");
        if (!coordinates.isArray() || coordinates.size() < 1)
            throw new ServerUnreachableException("The server's route has no points (was points_encoded=false?)", null);
        List<LatLon> points = new ArrayList<>();
        for (JsonNode c : coordinates)
            points.add(new LatLon(c.get(1).asDouble(), c.get(0).asDouble()));
        if (points.size() == 1) points.add(points.get(0));
        RouteLine line = new RouteLine(points);
        List<Route.StreetStretch> streets = new ArrayList<>();
        for (JsonNode stretch : path.path("details").path("street_name")) {
            if (stretch.get(2).isNull() || stretch.get(2).asText().isBlank()) continue;
            streets.add(new Route.StreetStretch(
                    line.alongMetersOfVertex(stretch.get(0).asInt()),
                    line.alongMetersOfVertex(stretch.get(1).asInt()),
                    stretch.get(2).asText()));
        }
        JsonNode guidance = path.path("guidance");
        List<RouteCue> cues = readCues(guidance);
        return new Route(
                line,
                cues,
                streets,
                guidance.path("language").asText("en"),
                guidance.path("summary").path("short_text").asText(""),
                guidance.path("summary").path("full_text").asText(""));
    }
}
