package se.accessiblenav.server.obstacle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.accessiblenav.core.routing.NetworkWay;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.mapdata.extract.BoundingBox;
import se.accessiblenav.server.system.ClientProblemException;

/**
 * The walkers' network inside a box as GeoJSON lines, with the ways obstacles close or mark: the
 * planner page draws it as its map, so it works without internet.
 */
@RestController
class NetworkController {
    static final int MAX_WAYS = 20_000;
    private final PedestrianRouter router;

    NetworkController(PedestrianRouter router) {
        this.router = router;
    }

    // GDAL and QGIS ask for application/json; the answer is GeoJSON either way
    @GetMapping(
            path = "/network",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> network(@RequestParam String bbox) {
        BoundingBox box;
        try {
            box = BoundingBox.parseWestSouthEastNorth(bbox);
        } catch (IllegalArgumentException e) {
            throw new ClientProblemException(e.getMessage());
        }
        var ways = router.network().waysWithin(box.south(), box.west(), box.north(), box.east(), MAX_WAYS + 1);
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        collection.put("truncated", ways.size() > MAX_WAYS);
        ArrayNode features = collection.putArray("features");
        for (NetworkWay way : ways.subList(0, Math.min(ways.size(), MAX_WAYS))) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "LineString");
            ArrayNode coordinates = geometry.putArray("coordinates");
            for (double[] c : way.coordinates())
                coordinates.addArray().add(Math.round(c[0] * 1e6) / 1e6).add(Math.round(c[1] * 1e6) / 1e6);
            ObjectNode properties = feature.putObject("properties");
            properties.put("name", way.name());
            properties.put("closed", way.closed());
            properties.put("hazard", way.hazard());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(collection.toString());
    }
}
