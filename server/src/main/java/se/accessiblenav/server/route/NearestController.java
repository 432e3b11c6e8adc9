package se.accessiblenav.server.route;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.graphhopper.util.shapes.GHPoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.accessiblenav.core.routing.NearestWay;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.server.system.ClientProblemException;

/**
 * {@code GET /nearest}: where a point joins the walkers' network, in GraphHopper's shape (a GeoJSON point
 * and its distance) for the requested profile, and for every profile under {@code profiles}: a start on a
 * busy road's carriageway joins {@code foot}'s network there, but a cane walker's on the sidewalk.
 */
@RestController
@Tag(name = "route", description = "Walking routes, GraphHopper-compatible")
class NearestController {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            com.graphhopper.jackson.Jackson.newObjectMapper();
    private final PedestrianRouter router;

    NearestController(PedestrianRouter router) {
        this.router = router;
    }

    @Operation(
            summary = "Where a point joins the network (GraphHopper GET /nearest)",
            description = "The nearest place on a way the profile may walk, in GraphHopper's shape"
                    + " ({\"type\":\"Point\",\"coordinates\":[lon,lat],\"distance\":metres}) with the way's name and"
                    + " class, and the same for every profile under \"profiles\".")
    @GetMapping(path = "/nearest", produces = MediaType.APPLICATION_JSON_VALUE)
    String nearest(
            @Parameter(description = "latitude,longitude", example = "59.3355,18.0630") @RequestParam(required = false)
                    String point,
            @Parameter(description = "walker profile (default blind_cane)") @RequestParam(required = false)
                    String profile) {
        GHPoint p = NetworkQueries.point(point, router.mapInfo());
        String name = NetworkQueries.profile(profile);
        List<NearestWay> all = router.network().nearest(p.lat, p.lon);
        Optional<NearestWay> asked =
                all.stream().filter(w -> w.profile().equals(name)).findFirst();
        if (asked.isEmpty())
            throw new ClientProblemException(
                    "No way a walker of " + name + " can use is near " + p.lat + "," + p.lon + " on this map.");
        ObjectNode json = point(asked.get());
        ObjectNode profiles = json.putObject("profiles");
        for (NearestWay way : all) profiles.set(way.profile(), point(way));
        return JsonText.of(JSON, json);
    }

    private static ObjectNode point(NearestWay way) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("type", "Point");
        json.putArray("coordinates").add(round(way.lon())).add(round(way.lat()));
        json.put("distance", Math.round(way.distanceMeters() * 10) / 10.0);
        json.put("profile", way.profile());
        json.put("name", way.name());
        json.put("road_class", way.roadClass());
        return json;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
