package se.accessiblenav.mapdata.obstacle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Checks a draft before anything is stored; every problem is reported, not only the first. */
public final class ObstacleValidator {
    public static final int MAX_DESCRIPTION_LENGTH = 500;
    public static final int MAX_SOURCE_LENGTH = 200;
    /** More vertices than any hand-drawn obstacle has; protects routing from pathological shapes. */
    public static final int MAX_VERTICES = 10_000;
    /** The span of validity times accepted. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    public static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private static final Set<String> TYPES =
            Set.of("Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon");

    private ObstacleValidator() {}

    public static void check(ObstacleDraft draft) {
        List<String> problems = problems(draft);
        if (!problems.isEmpty()) throw new InvalidObstacleException(problems);
    }

    public static List<String> problems(ObstacleDraft draft) {
        List<String> problems = new ArrayList<>();
        checkGeometry(draft.geometry(), problems);
        if (draft.kind() == null) problems.add("The kind is missing; use one of: " + ObstacleKind.allCodes() + ".");
        if (draft.severity() == null) problems.add("The severity is missing; use one of: " + Severity.allCodes() + ".");
        if (isBlank(draft.descriptionEn()) && isBlank(draft.descriptionSv()))
            problems.add("A description is needed (English or Swedish): it is what walkers hear.");
        checkLength("The English description", draft.descriptionEn(), MAX_DESCRIPTION_LENGTH, problems);
        checkLength("The Swedish description", draft.descriptionSv(), MAX_DESCRIPTION_LENGTH, problems);
        checkLength("The source", draft.source(), MAX_SOURCE_LENGTH, problems);
        checkText("The English description", draft.descriptionEn(), problems);
        checkText("The Swedish description", draft.descriptionSv(), problems);
        checkText("The source", draft.source(), problems);
        checkTime("valid_from", draft.validFrom(), problems);
        checkTime("valid_until", draft.validUntil(), problems);
        if (draft.validFrom() != null
                && draft.validUntil() != null
                && !draft.validUntil().isAfter(draft.validFrom()))
            problems.add(
                    "The validity ends (" + draft.validUntil() + ") before it starts (" + draft.validFrom() + ").");
        return problems;
    }

    private static void checkGeometry(Geometry geometry, List<String> problems) {
        if (geometry == null) {
            problems.add("The geometry is missing.");
            return;
        }
        if (!TYPES.contains(geometry.getGeometryType())) {
            problems.add(
                    "Geometry type " + geometry.getGeometryType() + " is not supported; use a point, line or polygon.");
            return;
        }
        if (geometry.isEmpty()) {
            problems.add("The geometry is empty.");
            return;
        }
        if (geometry.getNumPoints() > MAX_VERTICES) {
            problems.add("The geometry has " + geometry.getNumPoints() + " vertices; at most " + MAX_VERTICES
                    + " are accepted.");
            return;
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                problems.add("Coordinates out of range: longitude " + c.x + ", latitude " + c.y
                        + " (WGS 84 needs longitude -180..180 and latitude -90..90; is the coordinate system right?).");
                return;
            }
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null)
            problems.add("The geometry is not valid: " + error.getMessage() + " near " + error.getCoordinate().x + ", "
                    + error.getCoordinate().y + ".");
    }

    private static void checkLength(String what, String text, int max, List<String> problems) {
        if (text != null && text.length() > max)
            problems.add(what + " has " + text.length() + " characters; at most " + max + " are accepted.");
    }

    /** Text is spoken and shown: no control characters but line breaks and tabs (databases refuse NUL). */
    private static void checkText(String what, String text, List<String> problems) {
        if (text != null && text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f))
            problems.add(what + " contains control characters; only text, line breaks and tabs are accepted.");
    }

    /** Times a database stores and a person means: the years 1970 to 9999. */
    private static void checkTime(String what, Instant time, List<String> problems) {
        if (time != null && (time.isBefore(EARLIEST) || !time.isBefore(LATEST)))
            problems.add(what + " (" + time + ") must lie between the years 1970 and 9999.");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
