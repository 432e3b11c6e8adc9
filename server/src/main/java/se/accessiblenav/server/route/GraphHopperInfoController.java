package se.accessiblenav.server.route;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EncodedValue;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.StringEncodedValue;
import com.graphhopper.util.Constants;
import com.graphhopper.util.Helper;
import com.graphhopper.util.Translation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.core.routing.MapInfo;
import se.accessiblenav.core.routing.PedestrianRouter;

/**
 * The endpoints GraphHopper's clients ask before they route: {@code /info} (the map's box, the profiles, the
 * encoded values a custom model may use, the data date), {@code /i18n/{locale}} (GraphHopper's instruction
 * texts) and {@code /health}. In GraphHopper's shapes, so GraphHopper Maps and the JS client's {@code info()}
 * and {@code i18n()} work unchanged.
 */
@RestController
@Tag(name = "route", description = "Walking routes, GraphHopper-compatible")
class GraphHopperInfoController {
    private final PedestrianRouter router;
    private final RoutingHealthIndicator health;

    GraphHopperInfoController(PedestrianRouter router, RoutingHealthIndicator health) {
        this.router = router;
        this.health = health;
    }

    @Operation(summary = "The map and profiles (GraphHopper GET /info)")
    @GetMapping(path = "/info", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> info() {
        MapInfo map = router.mapInfo();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("bbox", List.of(map.minLon(), map.minLat(), map.maxLon(), map.maxLat()));
        List<Map<String, String>> profiles = new ArrayList<>();
        for (WalkerProfile profile : WalkerProfile.values()) profiles.add(Map.of("name", profile.profileName()));
        info.put("profiles", profiles);
        info.put("version", Constants.VERSION);
        info.put("elevation", false);
        info.put("encoded_values", encodedValues());
        info.put("import_date", map.importTimestamp());
        info.put("data_date", map.dataTimestamp());
        return info;
    }

    /** Each encoded value with the values a custom model may compare it with, as GraphHopper lists them. */
    private Map<String, List<Object>> encodedValues() {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (EncodedValue value : router.graphHopper().getEncodingManager().getEncodedValues()) {
            if (value.getName().contains("$") || value.getName().startsWith("obstacle_")) continue;
            if (value instanceof EnumEncodedValue<?> e)
                values.put(
                        value.getName(),
                        new ArrayList<>(Arrays.stream(e.getValues())
                                .map(Object::toString)
                                .toList()));
            else if (value instanceof BooleanEncodedValue) values.put(value.getName(), List.of("true", "false"));
            else if (value instanceof StringEncodedValue s) values.put(value.getName(), new ArrayList<>(s.getValues()));
            else values.put(value.getName(), List.of(">number", "<number"));
        }
        return values;
    }

    @Operation(summary = "GraphHopper's instruction texts, English (GraphHopper GET /i18n)")
    @GetMapping(path = "/i18n", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> i18n() {
        return i18n("en");
    }

    @Operation(summary = "GraphHopper's instruction texts in a language (GraphHopper GET /i18n/{locale})")
    @GetMapping(path = "/i18n/{locale}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> i18n(@PathVariable String locale) {
        var translations = router.graphHopper().getTranslationMap();
        Translation asked = translations.getWithFallBack(Helper.getLocale(locale));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("locale", asked.getLocale().toString());
        answer.put("en", translations.get("en").asMap());
        answer.put("default", asked.asMap());
        return answer;
    }

    @Operation(summary = "OK while routing answers (GraphHopper GET /health)")
    @GetMapping(path = "/health", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> health() {
        return Status.UP.equals(health.health().getStatus())
                ? ResponseEntity.ok("OK")
                : ResponseEntity.status(503).body("routing does not answer");
    }
}
