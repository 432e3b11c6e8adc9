package se.accessiblenav.server.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.jackson.ResponsePathSerializer;
import java.util.List;
import se.accessiblenav.core.guidance.Cue;
import se.accessiblenav.core.guidance.RouteGuidance;

/** Writes a route in GraphHopper's {@code /route} JSON, with GraphHopper's own serializer and mapper. */
final class RouteJsonWriter {
    static final List<String> COPYRIGHTS = List.of("GraphHopper", "OpenStreetMap contributors");

    private final ObjectMapper graphHopperJson;

    RouteJsonWriter(ObjectMapper graphHopperJson) {
        this.graphHopperJson = graphHopperJson;
    }

    String write(GHRequest request, RouteService.Routed routed, long tookMillis, String roadDataTimestamp) {
        GHResponse response = routed.response();
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
        for (int i = 0; i < routed.guidance().size(); i++)
            ((ObjectNode) json.withArray("paths").get(i))
                    .set("guidance", guidanceJson(routed.guidance().get(i)));
        try {
            return graphHopperJson.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write route JSON", e);
        }
    }

    /** The cues of one path, in snake_case like the rest of GraphHopper's JSON; clients that do not know it ignore it. */
    ObjectNode guidanceJson(RouteGuidance guidance) {
        ObjectNode json = graphHopperJson.createObjectNode();
        json.put("language", guidance.language());
        json.put("language_fallback", guidance.languageFallback());
        if (guidance.languageFallback())
            json.put("language_note", "Guidance is not available in the requested language; English is used.");
        ObjectNode summary = json.putObject("summary");
        summary.put("short_text", guidance.summaryShort());
        summary.put("full_text", guidance.summaryFull());
        ArrayNode cues = json.putArray("cues");
        for (Cue cue : guidance.cues()) {
            ObjectNode c = cues.addObject();
            c.put("id", cue.id());
            c.put("kind", cue.kind().toString());
            c.put("distance", cue.distanceMeters());
            c.put("lat", cue.lat());
            c.put("lon", cue.lon());
            ArrayNode announce = c.putArray("announce_before");
            cue.announceBeforeMeters().forEach(announce::add);
            c.put("short_text", cue.shortText());
            c.put("full_text", cue.fullText());
        }
        return json;
    }
}
