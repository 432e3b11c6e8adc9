package se.accessiblenav.server.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.graphhopper.jackson.Jackson;
import com.graphhopper.util.shapes.GHPoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.ReachQuery;
import se.accessiblenav.core.routing.Reachability;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.RequestParameters;

/**
 * {@code GET /isochrone} in GraphHopper's shape: the areas a walker of a profile reaches within a time or
 * distance, following the walks that profile's routes take. A planner sees how far a cane user gets in ten
 * minutes against a sighted walker ({@code foot}), and where the network stops being walkable.
 */
@RestController
@Tag(name = "route", description = "Walking routes, GraphHopper-compatible")
class IsochroneController {
    private final PedestrianRouter router;
    private final ObjectMapper json = Jackson.newObjectMapper();

    IsochroneController(PedestrianRouter router) {
        this.router = router;
    }

    @Operation(
            summary = "How far a walker gets (GraphHopper GET /isochrone)",
            description = "GeoJSON polygons, one per bucket, of the area reached within time_limit seconds (default"
                    + " 600) or distance_limit metres, in GraphHopper's shape ({\"polygons\": [Feature...], \"info\":"
                    + " {...}}).")
    @GetMapping(path = "/isochrone", produces = MediaType.APPLICATION_JSON_VALUE)
    String isochrone(
            @Parameter(description = "latitude,longitude", example = "59.3355,18.0630") @RequestParam(required = false)
                    String point,
            @Parameter(description = "walker profile (default blind_cane)") @RequestParam(required = false)
                    String profile,
            @Parameter(description = "seconds of walking, at most 3600 (default 600)")
                    @RequestParam(name = "time_limit", required = false)
                    String timeLimit,
            @Parameter(description = "metres walked, at most 5000; instead of time_limit")
                    @RequestParam(name = "distance_limit", required = false)
                    String distanceLimit,
            @Parameter(description = "areas at equal steps up to the limit, 1 to 10 (default 1)")
                    @RequestParam(required = false)
                    String buckets,
            @Parameter(description = "true: the area from which the point is reached")
                    @RequestParam(name = "reverse_flow", required = false)
                    String reverseFlow) {
        long start = System.nanoTime();
        GHPoint p = NetworkQueries.point(point, router.mapInfo());
        if (timeLimit != null && distanceLimit != null)
            throw new ClientProblemException("Give time_limit or distance_limit, not both.");
        boolean byDistance = distanceLimit != null;
        Double limit = byDistance
                ? RequestParameters.parseOptional("distance_limit", distanceLimit, 1, ReachQuery.MAX_METERS)
                : RequestParameters.parseOptional("time_limit", timeLimit, 1, ReachQuery.MAX_SECONDS);
        Double bucketCount = RequestParameters.parseOptional("buckets", buckets, 1, ReachQuery.MAX_BUCKETS);
        if (bucketCount != null && bucketCount != Math.rint(bucketCount))
            throw new ClientProblemException(
                    "buckets must be a whole number from 1 to " + ReachQuery.MAX_BUCKETS + ".");
        if (reverseFlow != null && !reverseFlow.equals("true") && !reverseFlow.equals("false"))
            throw new ClientProblemException("reverse_flow must be true or false.");
        Reachability reach;
        try {
            reach = router.network()
                    .reach(new ReachQuery(
                            p.lat,
                            p.lon,
                            NetworkQueries.profile(profile),
                            byDistance,
                            limit == null ? 600 : limit,
                            bucketCount == null ? 1 : bucketCount.intValue(),
                            "true".equals(reverseFlow)));
        } catch (IllegalArgumentException e) {
            throw new ClientProblemException(e.getMessage());
        }
        ObjectNode answer = json.createObjectNode();
        ArrayNode polygons = answer.putArray("polygons");
        for (Reachability.Area area : reach.areas()) {
            ObjectNode feature = polygons.addObject();
            feature.put("type", "Feature");
            feature.set("geometry", json.valueToTree(area.polygon()));
            ObjectNode properties = feature.putObject("properties");
            properties.put("bucket", area.bucket());
            properties.put("profile", reach.profile());
            properties.put(byDistance ? "distance_limit" : "time_limit", area.limit());
        }
        ObjectNode info = answer.putObject("info");
        ArrayNode copyrights = info.putArray("copyrights");
        RouteJsonWriter.COPYRIGHTS.forEach(copyrights::add);
        info.put("took", (System.nanoTime() - start) / 1_000_000);
        info.put("visited_nodes", reach.settledNodes());
        return JsonText.of(json, answer);
    }
}
