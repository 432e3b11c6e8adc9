package se.accessiblenav.server.route;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import com.graphhopper.util.exceptions.MaximumNodesExceededException;
import com.graphhopper.util.exceptions.PointNotFoundException;
import com.graphhopper.util.exceptions.PointOutOfBoundsException;
import com.graphhopper.util.shapes.GHPoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.guidance.RouteGuidance;
import se.accessiblenav.core.obstacle.PointBlockedByObstacleException;
import se.accessiblenav.core.routing.MapInfo;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouteTimeoutException;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.NavigationProperties;
import se.accessiblenav.server.system.RequestParameters;
import se.accessiblenav.server.system.ServiceUnavailableException;

/** Checks a route request against the loaded map, routes it, and turns GraphHopper's errors into words. */
@Service
class RouteService {
    private final PedestrianRouter router;
    private final int maxPoints;
    private final MeterRegistry meters;

    RouteService(PedestrianRouter router, NavigationProperties properties, MeterRegistry meters) {
        this.router = router;
        this.maxPoints = properties.route().maxPoints();
        this.meters = meters;
    }

    /** A route and, when asked for, the guidance of each of its paths. */
    record Routed(GHResponse response, List<RouteGuidance> guidance) {}

    Routed routeWithGuidance(GHRequest request, Optional<GuidanceOptions> guidance) {
        if (guidance.isEmpty()) return new Routed(route(request), List.of());
        List<String> requested = List.copyOf(request.getPathDetails());
        Set<String> needed = new LinkedHashSet<>(requested);
        needed.addAll(GuidanceComposer.REQUIRED_DETAILS);
        request.setPathDetails(new ArrayList<>(needed));
        GHResponse response = route(request);
        List<RouteGuidance> guides = new ArrayList<>();
        for (ResponsePath path : response.getAll()) {
            guides.add(router.guide(path, guidance.get()));
            path.getPathDetails().keySet().retainAll(requested);
        }
        request.setPathDetails(requested);
        return new Routed(response, guides);
    }

    GHResponse route(GHRequest request) {
        if (request.getPoints().size() > maxPoints)
            throw new ClientProblemException(
                    "Too many points: " + request.getPoints().size() + "; at most " + maxPoints
                            + " (start, destination and up to " + (maxPoints - 2) + " stops in between).");
        MapInfo map = router.mapInfo();
        for (int i = 0; i < request.getPoints().size(); i++) {
            GHPoint p = request.getPoints().get(i);
            if (!map.contains(p.lat, p.lon)) throw outsideMap(i, p, map);
        }
        GHResponse response;
        Timer.Sample sample = Timer.start(meters);
        try {
            response = router.route(request);
        } catch (IllegalArgumentException e) {
            sample.stop(routeTimer(request, "refused"));
            throw explain(e, request, map);
        }
        sample.stop(routeTimer(
                request, response.hasErrors() ? outcome(response.getErrors().get(0)) : "routed"));
        if (response.hasErrors() && response.getErrors().get(0) instanceof RouteTimeoutException e)
            throw new ServiceUnavailableException(
                    "The route could not be found within the server's time limit of "
                            + e.limit().toMillis() + " ms (the server may be busy)",
                    e);
        if (response.hasErrors()) throw explain(response.getErrors().get(0), request, map);
        return response;
    }

    /** {@code navigation.route}: the time GraphHopper took, by profile and outcome. */
    private Timer routeTimer(GHRequest request, String outcome) {
        return Timer.builder("navigation.route")
                .description("Route searches, by profile and outcome")
                .tag(
                        "profile",
                        router.listProfiles().stream()
                                .map(p -> p.profileName())
                                .filter(name -> name.equals(request.getProfile()))
                                .findFirst()
                                .orElse("other"))
                .tag("outcome", outcome)
                .publishPercentiles(0.5, 0.95)
                .register(meters);
    }

    private static String outcome(Throwable error) {
        if (error instanceof RouteTimeoutException) return "timeout";
        if (error instanceof MaximumNodesExceededException) return "search_limit";
        if (error instanceof ConnectionNotFoundException) return "no_route";
        return "refused";
    }

    private static ClientProblemException explain(Throwable error, GHRequest request, MapInfo map) {
        if (error instanceof PointOutOfBoundsException e)
            return outsideMap(e.getPointIndex(), request.getPoints().get(e.getPointIndex()), map);
        if (error instanceof PointBlockedByObstacleException e)
            return new ClientProblemException(
                    "No route avoids this obstacle: point " + (e.pointIndex() + 1) + " is on a way that is closed ("
                            + e.obstacle().data().description("en") + "). Choose a point beyond the closed part.",
                    // GraphHopper's clients read this kind as "this point cannot be used", with its index
                    PointNotFoundException.class.getName(),
                    Map.of(
                            "point_index",
                            e.pointIndex(),
                            "obstacle_id",
                            e.obstacle().id().toString()));
        if (error instanceof PointNotFoundException e) {
            GHPoint p = request.getPoints().get(e.getPointIndex());
            return new ClientProblemException(
                    String.format(
                            Locale.ROOT,
                            "Point %d (%.6f, %.6f) is not near any way this profile can walk.",
                            e.getPointIndex() + 1,
                            p.lat,
                            p.lon),
                    PointNotFoundException.class.getName(),
                    Map.of("point_index", e.getPointIndex()));
        }
        if (error instanceof ConnectionNotFoundException
                && RouteRequestReader.ROUND_TRIP.equalsIgnoreCase(request.getAlgorithm()))
            return new ClientProblemException(
                    "No round trip of about " + Math.round(request.getHints().getDouble("round_trip.distance", 10_000))
                            + " m from this point stays on this map's walkable ways: try a shorter"
                            + " round_trip.distance or another round_trip.seed.",
                    ConnectionNotFoundException.class.getName(),
                    Map.of());
        if (error instanceof ConnectionNotFoundException)
            return new ClientProblemException(
                    "No walking route connects these points: they lie in parts of the map that are not connected to each other"
                            + " (for example two districts with no bridge between them in the map data, or ways"
                            + " closed by obstacles).",
                    ConnectionNotFoundException.class.getName(),
                    Map.of());
        if (error instanceof MaximumNodesExceededException e)
            return new ClientProblemException(
                    "This route is too long or too winding for the server to search (it stopped after "
                            + e.getDetails().get(MaximumNodesExceededException.NODES_KEY)
                            + " places looked at); choose points closer together, or add stops along the way.",
                    MaximumNodesExceededException.class.getName(),
                    Map.of(
                            MaximumNodesExceededException.NODES_KEY,
                            e.getDetails().get(MaximumNodesExceededException.NODES_KEY)));
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (message.contains("cannot be larger than 1") || message.contains("distance_influence"))
            message = "This custom model cannot be used with the fast landmark routing: it may only make ways less"
                    + " attractive (multiply_by at most 1, distance_influence not below the profile's). Details: "
                    + message;
        return new ClientProblemException(message, IllegalArgumentException.class.getName(), Map.of());
    }

    private static ClientProblemException outsideMap(int index, GHPoint p, MapInfo map) {
        return new ClientProblemException(
                RequestParameters.outsideMap("Point " + (index + 1), p.lat, p.lon, map),
                PointOutOfBoundsException.class.getName(),
                Map.of("point_index", index));
    }
}
