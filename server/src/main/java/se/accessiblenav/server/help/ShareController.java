package se.accessiblenav.server.help;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.accessiblenav.server.system.ClientProblemException;

/**
 * The contacts' side of a call for help: the share page ({@code /share/{token}}, found only by its
 * unguessable token, while the call lives) with the walker's live position, the words for it and the route,
 * and "I have seen it", which the walker hears.
 */
@RestController
@Tag(name = "help", description = "A call for help that says where the walker is")
class ShareController {
    record Seen(String name) {}

    record Shared(
            String walker,
            String words,
            double lat,
            double lon,
            @JsonProperty("accuracy_m") double accuracyMeters,
            Instant time,
            List<List<Double>> track,
            List<List<Double>> route,
            @JsonProperty("seen_by") List<String> seenBy,
            boolean open,
            boolean cancelled,
            Instant expires) {}

    private final HelpDesk desk;
    private final String page;

    ShareController(HelpDesk desk) {
        this.desk = desk;
        try (InputStream in = getClass().getResourceAsStream("/share/index.html")) {
            this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "The share page of a call for help (HTML)")
    @GetMapping(path = "/share/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String token) {
        HttpStatus status = desk.shared(token).isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND;
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.TEXT_HTML)
                .body(page);
    }

    @Operation(summary = "Where the walker is now, the route, and who has seen the call (JSON, for the share page)")
    @GetMapping(path = "/share/{token}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Shared> status(@PathVariable String token) {
        HelpCall call = shared(token);
        HelpCall.Position at = call.latest();
        Shared shared = new Shared(
                call.walker(),
                at.words(),
                at.lat(),
                at.lon(),
                at.accuracyMeters(),
                at.time(),
                call.positions().stream().map(p -> List.of(p.lon(), p.lat())).toList(),
                call.route().stream().map(p -> List.of(p[0], p[1])).toList(),
                call.seen().stream().map(HelpCall.Seen::name).toList(),
                call.open(Instant.now()),
                call.cancelled(),
                call.expires());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(shared);
    }

    @Operation(summary = "I have seen it: the walker hears the name given")
    @PostMapping("/share/{token}/seen")
    ResponseEntity<Void> seen(@PathVariable String token, @RequestBody(required = false) Seen body) {
        HelpCall call = shared(token);
        String name = body == null || body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > 60)
            throw new ClientProblemException(
                    "Give your name (1 to 60 characters): the walker hears who has seen the call.");
        desk.seen(call, name);
        return ResponseEntity.noContent().build();
    }

    private HelpCall shared(String token) {
        return desk.shared(token)
                .orElseThrow(() -> new ClientProblemException(
                        404,
                        "This call for help has ended, or the link is not complete.",
                        IllegalArgumentException.class.getName(),
                        Map.of()));
    }
}
