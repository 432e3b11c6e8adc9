package se.accessiblenav.server.location;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.graphhopper.util.shapes.GHPoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.accessiblenav.core.guidance.GuidanceLanguage;
import se.accessiblenav.core.guidance.LocationDescription;
import se.accessiblenav.core.guidance.PlaceDescription;
import se.accessiblenav.core.routing.MapInfo;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.RequestParameters;

/** {@code GET /whereami} and {@code GET /around}: where a walker is and what is near, in words. */
@RestController
@Tag(name = "location", description = "Where am I, and what is around or ahead")
class LocationController {
    static final String FALLBACK_NOTE = "Guidance is not available in the requested language; English is used.";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WhereAmI(
            String language,
            @JsonProperty("language_fallback") boolean languageFallback,
            @JsonProperty("language_note") String languageNote,
            String street,
            String side,
            @JsonProperty("short_text") String shortText,
            @JsonProperty("full_text") String fullText) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Place(
            String name,
            String category,
            @JsonProperty("distance") double distanceMeters,
            double bearing,
            @JsonProperty("clock_hour") Integer clockHour,
            String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Around(
            String language,
            @JsonProperty("language_fallback") boolean languageFallback,
            @JsonProperty("language_note") String languageNote,
            String summary,
            List<Place> places) {}

    private final PedestrianRouter router;

    LocationController(PedestrianRouter router) {
        this.router = router;
    }

    @Operation(
            summary = "Where am I",
            description = "The street and side the walker is on, the nearest corner and, with a heading, the direction;"
                    + " distances worded by GPS accuracy (accuracy in metres).")
    @GetMapping("/whereami")
    WhereAmI whereAmI(
            @RequestParam(required = false) String point,
            @RequestParam(required = false) String heading,
            @RequestParam(required = false) String accuracy,
            @RequestParam(required = false) String locale) {
        GHPoint position = position(point);
        Locale language = RequestParameters.parseLocale(locale);
        LocationDescription description = router.describeLocation(
                position.lat,
                position.lon,
                RequestParameters.parseOptional("heading", heading, 0, 360),
                RequestParameters.parseOptional("accuracy", accuracy, 0, 1000),
                language);
        return new WhereAmI(
                description.language(),
                description.languageFallback(),
                description.languageFallback() ? FALLBACK_NOTE : null,
                description.street(),
                description.side(),
                description.shortText(),
                description.fullText());
    }

    @Operation(
            summary = "Around me, or ahead of me",
            description = "Named places within radius metres (default 50, at most 500), nearest first; with a heading,"
                    + " directions are clock hours, and ahead=true keeps what lies within 45° of the heading.")
    @GetMapping("/around")
    Around around(
            @RequestParam(required = false) String point,
            @RequestParam(required = false) String heading,
            @RequestParam(required = false) String radius,
            @RequestParam(required = false, defaultValue = "false") boolean ahead,
            @RequestParam(required = false) String accuracy,
            @RequestParam(required = false) String locale) {
        GHPoint position = position(point);
        Locale language = RequestParameters.parseLocale(locale);
        Double walkerHeading = RequestParameters.parseOptional("heading", heading, 0, 360);
        if (ahead && walkerHeading == null)
            throw new ClientProblemException("ahead=true needs a heading (0-360 degrees) to know what is ahead.");
        Double radiusText = RequestParameters.parseOptional("radius", radius, 5, 500);
        double meters = radiusText == null ? 50 : radiusText;
        List<PlaceDescription> places = router.listPlacesAround(
                position.lat,
                position.lon,
                meters,
                walkerHeading,
                ahead,
                RequestParameters.parseOptional("accuracy", accuracy, 0, 1000),
                language);
        GuidanceLanguage used = GuidanceLanguage.of(language);
        return new Around(
                used.code(),
                used.fallback(),
                used.fallback() ? FALLBACK_NOTE : null,
                router.summarisePlaces(places.size(), meters, language),
                places.stream()
                        .map(p -> new Place(
                                p.name(),
                                p.category(),
                                p.distanceMeters(),
                                p.bearing(),
                                walkerHeading == null ? null : p.clockHour(),
                                p.text()))
                        .toList());
    }

    private GHPoint position(String point) {
        if (point == null || point.isBlank())
            throw new ClientProblemException(
                    "Give your position as point=latitude,longitude (e.g. point=59.3355,18.0630).");
        GHPoint position = RequestParameters.parsePoint(point, 0);
        MapInfo map = router.mapInfo();
        if (!map.contains(position.lat, position.lon))
            throw new ClientProblemException(
                    RequestParameters.outsideMap("The position", position.lat, position.lon, map));
        return position;
    }
}
