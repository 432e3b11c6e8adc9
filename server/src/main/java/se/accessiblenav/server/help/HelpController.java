package se.accessiblenav.server.help;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.accessiblenav.core.routing.MapInfo;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.NavigationProperties;
import se.accessiblenav.server.system.RequestParameters;

/**
 * The walker's side of a call for help: {@code POST /help} makes the call (the contacts are told at once),
 * {@code POST /help/{id}/position} moves it, {@code GET /help/{id}} says who has seen it and how each message
 * went, {@code DELETE /help/{id}} cancels it. The answer to the first carries the call's update key, which
 * every other request sends as {@code X-Help-Key}.
 */
@RestController
@Tag(name = "help", description = "A call for help that says where the walker is")
class HelpController {
    static final String KEY_HEADER = "X-Help-Key";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CallBody(Double lat, Double lon, Double accuracy, String name, String locale, List<List<Double>> route) {}

    record PositionBody(Double lat, Double lon, Double accuracy) {}

    record Called(
            String id,
            @JsonProperty("update_key") String updateKey,
            @JsonProperty("share_url") String shareUrl,
            String words,
            List<String> contacts,
            Instant expires) {}

    record Moved(String words, Instant time) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Delivery(String contact, String channel, String state, int attempts, String error, Instant time) {}

    record Seen(String name, Instant time) {}

    record Status(
            String id,
            boolean open,
            boolean cancelled,
            @JsonProperty("seen_by") List<Seen> seenBy,
            List<Delivery> deliveries,
            String words,
            Instant expires) {}

    private final HelpDesk desk;
    private final PedestrianRouter router;
    private final NavigationProperties.Help settings;

    HelpController(HelpDesk desk, PedestrianRouter router, NavigationProperties properties) {
        this.desk = desk;
        this.router = router;
        this.settings = properties.help();
    }

    @Operation(
            summary = "Call for help",
            description =
                    "JSON: lat, lon, accuracy (m), name (the walker, as contacts see it), locale, route ([lon, lat]"
                            + " points being walked). Every configured contact is told by e-mail and/or webhook with the position"
                            + " in words, the coordinates and a link to a live page. Answers 201 with the call's id, its"
                            + " update_key (send it as X-Help-Key with every later request) and the share_url. When the server"
                            + " sets navigation.help.device-token, the call needs Authorization: Bearer <token>.")
    @PostMapping("/help")
    ResponseEntity<Called> call(
            @RequestBody(required = false) CallBody body,
            @RequestHeader(name = "Authorization", required = false) String authorization,
            HttpServletRequest request) {
        if (!settings.deviceToken().isEmpty()
                && !java.security.MessageDigest.isEqual(
                        ("Bearer " + settings.deviceToken()).getBytes(),
                        String.valueOf(authorization).getBytes()))
            throw new ClientProblemException(
                    401,
                    "This server takes calls for help only from the walker's own devices: send Authorization: Bearer"
                            + " with the device token.",
                    SecurityException.class.getName(),
                    Map.of());
        if (body == null)
            throw new ClientProblemException("Send the call as JSON: {\"lat\": .., \"lon\": .., \"accuracy\": ..}.");
        double[] at = position(body.lat(), body.lon(), body.accuracy());
        String name = body.name() == null ? "" : body.name().strip();
        if (name.length() > 60) throw new ClientProblemException("name must be at most 60 characters.");
        HelpCall call = desk.call(
                name,
                at[0],
                at[1],
                at[2],
                RequestParameters.parseLocale(body.locale()),
                route(body.route()),
                base(request));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Called(
                        call.id(),
                        call.updateKey(),
                        HelpDesk.shareUrl(base(request), call),
                        call.latest().words(),
                        desk.contactNames(),
                        call.expires()));
    }

    @Operation(summary = "The walker moved", description = "JSON: lat, lon, accuracy (m); header X-Help-Key.")
    @PostMapping("/help/{id}/position")
    Moved move(
            @PathVariable String id,
            @RequestHeader(name = KEY_HEADER, required = false) String key,
            @RequestBody(required = false) PositionBody body,
            HttpServletRequest request) {
        HelpCall call = opened(id, key);
        if (body == null) throw new ClientProblemException("Send the position as JSON: {\"lat\": .., \"lon\": ..}.");
        double[] at = position(body.lat(), body.lon(), body.accuracy());
        HelpCall.Position moved = desk.move(call, at[0], at[1], at[2], base(request));
        return new Moved(moved.words(), moved.time());
    }

    @Operation(summary = "Who has seen the call, and how each message went", description = "Header X-Help-Key.")
    @GetMapping("/help/{id}")
    Status status(@PathVariable String id, @RequestHeader(name = KEY_HEADER, required = false) String key) {
        HelpCall call = opened(id, key);
        return new Status(
                call.id(),
                call.open(Instant.now()),
                call.cancelled(),
                call.seen().stream().map(s -> new Seen(s.name(), s.time())).toList(),
                call.deliveries().stream()
                        .map(d -> new Delivery(d.contact(), d.channel(), d.state(), d.attempts(), d.error(), d.time()))
                        .toList(),
                call.latest().words(),
                call.expires());
    }

    @Operation(summary = "Cancel the call", description = "Header X-Help-Key. The contacts are told.")
    @DeleteMapping("/help/{id}")
    ResponseEntity<Void> cancel(
            @PathVariable String id,
            @RequestHeader(name = KEY_HEADER, required = false) String key,
            HttpServletRequest request) {
        desk.cancel(opened(id, key), base(request));
        return ResponseEntity.noContent().build();
    }

    private HelpCall opened(String id, String key) {
        return desk.opened(id, key)
                .orElseThrow(() -> new ClientProblemException(
                        404,
                        "No such call for help, or it has expired, or the " + KEY_HEADER + " header does not open it.",
                        IllegalArgumentException.class.getName(),
                        Map.of()));
    }

    private double[] position(Double lat, Double lon, Double accuracy) {
        if (lat == null || lon == null)
            throw new ClientProblemException(
                    "Give the position as lat and lon (degrees), e.g. {\"lat\": 59.3355, \"lon\": 18.063}.");
        RequestParameters.checkRange(new com.graphhopper.util.shapes.GHPoint(lat, lon), 0);
        MapInfo map = router.mapInfo();
        if (!map.contains(lat, lon))
            throw new ClientProblemException(RequestParameters.outsideMap("The position", lat, lon, map));
        double meters = accuracy == null ? 20 : accuracy;
        if (!(meters >= 0 && meters <= 5000))
            throw new ClientProblemException("accuracy must be 0 to 5000 metres, was " + accuracy + ".");
        return new double[] {lat, lon, meters};
    }

    private static List<double[]> route(List<List<Double>> points) {
        if (points == null) return List.of();
        if (points.size() > 10_000) throw new ClientProblemException("route must have at most 10,000 points.");
        List<double[]> route = new ArrayList<>();
        for (List<Double> point : points) {
            if (point == null || point.size() < 2 || point.get(0) == null || point.get(1) == null)
                throw new ClientProblemException("route must be a list of [longitude, latitude] points.");
            route.add(new double[] {point.get(0), point.get(1)});
        }
        return route;
    }

    private String base(HttpServletRequest request) {
        return settings.publicUrl().isEmpty()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : settings.publicUrl();
    }
}
