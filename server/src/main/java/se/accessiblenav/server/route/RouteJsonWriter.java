package se.accessiblenav.server.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.jackson.ResponsePathSerializer;
import java.util.List;

/** Writes a route in GraphHopper's {@code /route} JSON, with GraphHopper's own serializer and mapper. */
final class RouteJsonWriter {
    static final List<String> COPYRIGHTS = List.of("GraphHopper", "OpenStreetMap contributors");

    private final ObjectMapper graphHopperJson;

    RouteJsonWriter(ObjectMapper graphHopperJson) {
        this.graphHopperJson = graphHopperJson;
    }

    String write(GHRequest request, GHResponse response, long tookMillis, String roadDataTimestamp) {
        var hints = request.getHints();
        boolean pointsEncoded = hints.getBool("points_encoded", true);
        ObjectNode json = ResponsePathSerializer.jsonObject(
                response,
                new ResponsePathSerializer.Info(COPYRIGHTS, tookMillis, roadDataTimestamp),
                hints.getBool("instructions", true),
                hints.getBool("calc_points", true),
                hints.getBool("elevation", false),
                pointsEncoded,
                hints.getDouble("points_encoded_multiplier", 1e5));
        try {
            return graphHopperJson.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write route JSON", e);
        }
    }
}
