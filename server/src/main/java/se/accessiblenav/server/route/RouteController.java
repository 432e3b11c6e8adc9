package se.accessiblenav.server.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.graphhopper.GHRequest;
import com.graphhopper.jackson.Jackson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.accessiblenav.core.routing.PedestrianRouter;

/** {@code GET} and {@code POST /route}, compatible with GraphHopper's API and its Java client. */
@RestController
@Tag(name = "route", description = "Walking routes, GraphHopper-compatible")
class RouteController {
    static final String GPX = "application/gpx+xml";
    private final RouteService routes;
    private final PedestrianRouter router;
    private final RouteRequestReader reader;
    private final RouteJsonWriter writer;

    RouteController(RouteService routes, PedestrianRouter router) {
        this.routes = routes;
        this.router = router;
        ObjectMapper graphHopperJson = Jackson.newObjectMapper();
        this.reader = new RouteRequestReader(graphHopperJson);
        this.writer = new RouteJsonWriter(graphHopperJson);
    }

    @Operation(
            summary = "Route between points (GraphHopper GET /route)",
            description =
                    "point=lat,lon (twice or more), profile (default blind_cane), details, instructions, calc_points,"
                            + " points_encoded, locale, heading, type (json, or gpx: the walk as a GPX track with"
                            + " the spoken cues as waypoints), and GraphHopper's other hints.")
    @GetMapping(
            path = "/route",
            produces = {MediaType.APPLICATION_JSON_VALUE, GPX})
    ResponseEntity<String> get(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        return answer(reader.fromQuery(query), query.getFirst("locale"));
    }

    @Operation(
            summary = "Route between points (GraphHopper POST /route)",
            description =
                    "GraphHopper's JSON request: points as [lon, lat], profile, details, custom_model (only raising"
                            + " weights, for the landmark speed-up), and hints.")
    @PostMapping(
            path = "/route",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, GPX})
    ResponseEntity<String> post(@RequestBody(required = false) String body) {
        GHRequest request = reader.fromJson(body);
        return answer(request, localeOf(request));
    }

    /** GraphHopper's JSON reader turns "locale" into a Locale; its tag is what guidance needs. */
    private static String localeOf(GHRequest request) {
        String tag = request.getLocale().toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    private ResponseEntity<String> answer(GHRequest request, String locale) {
        long start = System.nanoTime();
        RouteService.Routed routed = routes.routeWithGuidance(request, GuidanceRequest.from(request, locale));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        if ("gpx".equals(request.getHints().getString("type", "json")))
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(GPX))
                    .header("Content-Disposition", "attachment; filename=\"route.gpx\"")
                    .body(RouteGpxWriter.write(routed, request.getProfile()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(writer.write(request, routed, tookMillis, router.mapInfo().dataTimestamp()));
    }
}
