package se.accessiblenav.server.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.graphhopper.GHResponse;
import com.graphhopper.jackson.Jackson;
import com.graphhopper.jackson.ResponsePathSerializer;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import com.graphhopper.util.exceptions.PointNotFoundException;
import com.graphhopper.util.shapes.GHPoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.guidance.TripGuidance;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.TransitPlan;
import se.accessiblenav.core.routing.TransitQuery;
import se.accessiblenav.core.routing.TransitRouter;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.ClientText;
import se.accessiblenav.server.system.RequestParameters;

/**
 * {@code GET /route-pt}: door to door with public transport, in GraphHopper's shape (its parameters, its
 * JSON with {@code legs}), each path with {@code guidance} for every leg.
 */
@RestController
@Tag(name = "route", description = "Walking routes, GraphHopper-compatible")
class TransitController {
    private final PedestrianRouter router;
    private final ObjectMapper graphHopperJson = Jackson.newObjectMapper();
    private final RouteJsonWriter guidanceWriter = new RouteJsonWriter(graphHopperJson);

    TransitController(PedestrianRouter router) {
        this.router = router;
    }

    @Operation(
            summary = "Door to door with public transport (GraphHopper GET /route-pt)",
            description = "point=lat,lon twice (from, to); pt.earliest_departure_time (ISO-8601 with offset, e.g."
                    + " 2022-09-16T08:00:00+02:00; default now); pt.arrive_by (the time is the latest arrival);"
                    + " pt.limit_solutions (1-10, default 3); pt.limit_street_time (longest walk to the first stop"
                    + " and from the last, ISO-8601 duration, default PT30M); profile or pt.access_profile (the walker"
                    + " profile of every walk, default blind_cane); locale. Each path has GraphHopper's legs and a"
                    + " guidance object: leave and arrive times and, per leg, its spoken cues.")
    @GetMapping(path = "/route-pt", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> get(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        long start = System.nanoTime();
        TransitRouter transit = router.transit()
                .orElseThrow(() -> new ClientProblemException(
                        404,
                        "This server has no timetable for public transport; set navigation.transit.gtfs-files.",
                        IllegalStateException.class.getName(),
                        Map.of()));
        TransitQuery transitQuery = read(query);
        GuidanceOptions options = GuidanceOptions.defaults(transitQuery.locale());
        TransitPlan plan;
        try {
            plan = transit.plan(transitQuery, options);
        } catch (IllegalArgumentException e) {
            throw new ClientProblemException(e.getMessage());
        }
        GHResponse response = plan.response();
        if (response.hasErrors()) throw explain(response.getErrors().get(0));
        long took = (System.nanoTime() - start) / 1_000_000;
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(write(plan, took));
    }

    private TransitQuery read(MultiValueMap<String, String> query) {
        List<String> points = query.getOrDefault("point", List.of());
        if (points.size() != 2)
            throw new ClientProblemException(
                    "A trip with public transport needs exactly two points (point=lat,lon twice: from, to); got "
                            + points.size() + ".");
        GHPoint from = RequestParameters.parsePoint(points.get(0), 0);
        GHPoint to = RequestParameters.parsePoint(points.get(1), 1);
        Instant time = instant(query.getFirst("pt.earliest_departure_time"));
        boolean arriveBy = Boolean.parseBoolean(query.getFirst("pt.arrive_by"));
        String profile = first(query, "pt.access_profile", "profile", "blind_cane");
        String egress = query.getFirst("pt.egress_profile");
        if (egress != null && !egress.equals(profile))
            throw new ClientProblemException("pt.egress_profile must be the same walker profile as pt.access_profile ("
                    + ClientText.quote(profile) + "): every walk of a trip is guided for one walker.");
        if (WalkerProfile.findByName(profile).isEmpty())
            throw new ClientProblemException("Unknown profile '" + ClientText.quote(profile) + "'; known: "
                    + java.util.Arrays.stream(WalkerProfile.values())
                            .map(WalkerProfile::profileName)
                            .collect(java.util.stream.Collectors.joining(", "))
                    + ".");
        Locale locale = RequestParameters.parseLocale(query.getFirst("locale"));
        int limit = integer(query.getFirst("pt.limit_solutions"), 3);
        Duration maxWalk = duration(query.getFirst("pt.limit_street_time"));
        try {
            return new TransitQuery(
                    from, to, time, arriveBy, profile, locale, limit, maxWalk, TransitQuery.DEFAULT_WALKING_SPEED_KMH);
        } catch (IllegalArgumentException e) {
            throw new ClientProblemException("Invalid trip: " + e.getMessage() + ".");
        }
    }

    private static String first(MultiValueMap<String, String> query, String name, String other, String fallback) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) value = query.getFirst(other);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) return Instant.now();
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ClientProblemException("pt.earliest_departure_time must be a date and time with its offset,"
                    + " e.g. 2022-09-16T08:00:00+02:00 or 2022-09-16T06:00:00Z; got '" + ClientText.quote(text) + "'.");
        }
    }

    private static int integer(String text, int fallback) {
        if (text == null || text.isBlank()) return fallback;
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ClientProblemException(
                    "pt.limit_solutions must be a whole number from 1 to 10; got '" + ClientText.quote(text) + "'.");
        }
    }

    private static Duration duration(String text) {
        if (text == null || text.isBlank()) return TransitQuery.DEFAULT_MAX_WALK;
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ClientProblemException("pt.limit_street_time must be an ISO-8601 duration such as PT30M; got '"
                    + ClientText.quote(text) + "'.");
        }
    }

    private static ClientProblemException explain(Throwable error) {
        if (error instanceof PointNotFoundException)
            return new ClientProblemException(
                    "A point of the trip is not near any walkable way of the map " + "(or outside it).",
                    PointNotFoundException.class.getName(),
                    Map.of());
        if (error instanceof ConnectionNotFoundException)
            return new ClientProblemException(
                    "No trip found: no connection with public transport and walks within the limits at that time.",
                    ConnectionNotFoundException.class.getName(),
                    Map.of());
        return new ClientProblemException(
                "No trip found: " + ClientText.quote(String.valueOf(error.getMessage())) + ".",
                error.getClass().getName(),
                Map.of());
    }

    private String write(TransitPlan plan, long tookMillis) {
        List<String> credits = new java.util.ArrayList<>(RouteJsonWriter.COPYRIGHTS);
        router.transit().ifPresent(transit -> credits.addAll(transit.timetableCredits()));
        ObjectNode json = ResponsePathSerializer.jsonObject(
                plan.response(),
                new ResponsePathSerializer.Info(
                        credits, tookMillis, router.mapInfo().dataTimestamp()),
                true,
                true,
                false,
                false,
                -1);
        ArrayNode paths = json.withArray("paths");
        for (int i = 0; i < plan.guidance().size(); i++)
            ((ObjectNode) paths.get(i)).set("guidance", tripJson(plan.guidance().get(i)));
        try {
            return graphHopperJson.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write trip JSON", e);
        }
    }

    private ObjectNode tripJson(TripGuidance trip) {
        ObjectNode json = graphHopperJson.createObjectNode();
        json.put("language", trip.language());
        json.put("language_fallback", trip.languageFallback());
        json.put("leave", trip.leave().toString());
        json.put("arrive", trip.arrive().toString());
        json.put("walk_distance", Math.round(trip.walkMeters()));
        ObjectNode summary = json.putObject("summary");
        summary.put("short_text", trip.summaryShort());
        summary.put("full_text", trip.summaryFull());
        ArrayNode legs = json.putArray("legs");
        for (TripGuidance.Leg leg : trip.legs()) {
            ObjectNode legJson = guidanceWriter.guidanceJson(leg.guidance());
            legJson.put("type", leg.type());
            legs.add(legJson);
        }
        return json;
    }
}
