package se.accessiblenav.voice.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;

/** Reads the first trip of a {@code /route-pt} answer: GraphHopper's legs with the server's guidance per leg. */
final class TripReader {
    private TripReader() {}

    static Trip read(JsonNode answer) throws ServerUnreachableException {
        JsonNode path = answer.path("paths").path(0);
        JsonNode legs = path.path("legs");
        JsonNode guidance = path.path("guidance");
        JsonNode guided = guidance.path("legs");
        if (!legs.isArray() || legs.isEmpty() || guided.size() != legs.size())
            throw new ServerUnreachableException("The server's trip has no legs with guidance", null);
        String language = guidance.path("language").asText("en");
        List<Trip.Leg> read = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            JsonNode leg = legs.get(i);
            JsonNode legGuidance = guided.get(i);
            RouteLine line = line(leg.path("geometry"));
            List<RouteCue> cues = NavigationApi.readCues(legGuidance);
            if (leg.path("type").asText().equals("pt")) {
                JsonNode stops = leg.path("stops");
                read.add(new Trip.Ride(
                        legGuidance.path("summary").path("short_text").asText(),
                        line,
                        cues,
                        instant(leg.path("departure_time")),
                        instant(leg.path("arrival_time")),
                        stops.get(stops.size() - 1).path("stop_name").asText()));
            } else {
                JsonNode next = i + 1 < legs.size() ? legs.get(i + 1) : null;
                String toStop = next != null && next.path("type").asText().equals("pt")
                        ? next.path("stops").get(0).path("stop_name").asText()
                        : null;
                read.add(new Trip.Walk(
                        new Route(
                                line,
                                cues,
                                List.of(),
                                language,
                                legGuidance.path("summary").path("short_text").asText(""),
                                legGuidance.path("summary").path("full_text").asText("")),
                        toStop));
            }
        }
        return new Trip(
                instant(guidance.path("leave")),
                instant(guidance.path("arrive")),
                guidance.path("summary").path("short_text").asText(""),
                guidance.path("summary").path("full_text").asText(""),
                read);
    }

    /** A time as GraphHopper writes it (ISO 8601 with an offset, or epoch milliseconds) or as the server does. */
    private static Instant instant(JsonNode value) throws ServerUnreachableException {
        if (value.isNumber()) return Instant.ofEpochMilli(value.asLong());
        try {
            return java.time.OffsetDateTime.parse(value.asText()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new ServerUnreachableException("The server's trip has a time that cannot be read: " + value, e);
        }
    }

    private static RouteLine line(JsonNode geometry) throws ServerUnreachableException {
        List<LatLon> points = new ArrayList<>();
        for (JsonNode c : geometry.path("coordinates"))
            points.add(new LatLon(c.get(1).asDouble(), c.get(0).asDouble()));
        if (points.isEmpty()) throw new ServerUnreachableException("A leg of the server's trip has no line", null);
        if (points.size() == 1) points.add(points.get(0));
        return new RouteLine(points);
    }
}
