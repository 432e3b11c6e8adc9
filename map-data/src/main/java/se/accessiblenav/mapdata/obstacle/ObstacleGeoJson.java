package se.accessiblenav.mapdata.obstacle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Obstacles as GeoJSON (RFC 7946) Features. Properties are flat so GIS tools show them as columns:
 * {@code kind, severity, description_en, description_sv, valid_from, valid_until, source} written by
 * planners; {@code version, created_by, created_at, updated_by, updated_at} written by the store.
 * Reading accepts the legacy {@code crs} member that QGIS and GDAL still write and reprojects to WGS 84.
 */
public final class ObstacleGeoJson {
    public static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), CoordinateSystems.WGS84);
    /** Most obstacles one document or file may hold; a city's planners send tens to hundreds at a time. */
    public static final int MAX_FEATURES = 10_000;
    /** Deeper than any GeoJSON (a multipolygon's coordinates are 4 levels in a feature in a collection). */
    public static final int MAX_NESTING = 64;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(100)
                    .build())
            .build());

    private ObstacleGeoJson() {}

    /** A feature read from input: the draft, or the reasons it cannot be one. */
    public record ParsedFeature(int index, UUID id, Long version, ObstacleDraft draft, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static ObjectNode toFeature(Obstacle obstacle) {
        ObjectNode feature = JSON.createObjectNode();
        feature.put("type", "Feature");
        feature.put("id", obstacle.id().toString());
        feature.set("geometry", GeoJsonGeometry.write(obstacle.data().geometry()));
        ObjectNode props = properties(obstacle.data());
        props.put("version", obstacle.version());
        props.put("created_by", obstacle.createdBy());
        props.put("created_at", obstacle.createdAt().toString());
        props.put("updated_by", obstacle.updatedBy());
        props.put("updated_at", obstacle.updatedAt().toString());
        feature.set("properties", props);
        return feature;
    }

    public static String toFeatureText(Obstacle obstacle) {
        return toFeature(obstacle).toString();
    }

    public static ObjectNode toFeatureCollection(List<Obstacle> obstacles) {
        return toFeatureCollection(obstacles, CoordinateSystems.WGS84);
    }

    /**
     * A FeatureCollection in the given EPSG system. Other than WGS 84 is outside RFC 7946; it carries the
     * legacy {@code crs} member that QGIS and GDAL read, for planners' tools that work in SWEREF 99.
     */
    public static ObjectNode toFeatureCollection(List<Obstacle> obstacles, int epsg) {
        CoordinateSystems.Reprojection reprojection = CoordinateSystems.fromWgs84(epsg);
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        if (epsg != CoordinateSystems.WGS84)
            collection
                    .putObject("crs")
                    .put("type", "name")
                    .putObject("properties")
                    .put("name", "urn:ogc:def:crs:EPSG::" + epsg);
        ArrayNode features = collection.putArray("features");
        for (Obstacle o : obstacles) {
            ObjectNode feature = toFeature(o);
            if (epsg != CoordinateSystems.WGS84)
                feature.set(
                        "geometry",
                        GeoJsonGeometry.write(reprojection.apply(o.data().geometry()), 1e3));
            features.add(feature);
        }
        return collection;
    }

    static ObjectNode properties(ObstacleDraft data) {
        ObjectNode props = JSON.createObjectNode();
        props.put("kind", data.kind().code());
        props.put("severity", data.severity().code());
        props.put("description_en", data.descriptionEn());
        props.put("description_sv", data.descriptionSv());
        props.put(
                "valid_from", data.validFrom() == null ? null : data.validFrom().toString());
        props.put(
                "valid_until",
                data.validUntil() == null ? null : data.validUntil().toString());
        props.put("source", data.source());
        return props;
    }

    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new InvalidObstacleException(List.of("The body is nested more than " + MAX_NESTING
                    + " levels deep or has a number with more than 100 digits; GeoJSON never needs either."));
        } catch (JsonProcessingException e) {
            throw new InvalidObstacleException(List.of(JsonMistakes.describe(text, e)));
        }
    }

    /**
     * Reads one Feature or every Feature of a FeatureCollection. {@code crsName} (may be null) overrides
     * the collection's own {@code crs} member; neither means WGS 84.
     *
     * @throws UnknownCrsException when the coordinate system is not known
     * @throws InvalidObstacleException when the document is not a Feature or FeatureCollection
     */
    public static List<ParsedFeature> readFeatures(JsonNode root, String crsName) {
        if (root == null || !root.isObject())
            throw new InvalidObstacleException(List.of("Expected a GeoJSON Feature or FeatureCollection object."));
        String crs = crsName != null
                ? crsName
                : root.path("crs").path("properties").path("name").asText(null);
        CoordinateSystems.Reprojection toWgs84 =
                CoordinateSystems.toWgs84(crs == null ? CoordinateSystems.WGS84 : CoordinateSystems.epsgCode(crs));
        String type = root.path("type").asText("");
        List<ParsedFeature> result = new ArrayList<>();
        if (type.equals("Feature")) result.add(readFeature(0, root, toWgs84));
        else if (type.equals("FeatureCollection")) {
            JsonNode features = root.path("features");
            if (!features.isArray())
                throw new InvalidObstacleException(List.of("A FeatureCollection needs a 'features' array."));
            if (features.size() > MAX_FEATURES)
                throw new InvalidObstacleException(List.of("The collection has " + features.size()
                        + " features; at most " + MAX_FEATURES + " are taken at once. Split it into several files."));
            for (int i = 0; i < features.size(); i++) result.add(readFeature(i, features.get(i), toWgs84));
        } else
            throw new InvalidObstacleException(
                    List.of("Expected a GeoJSON Feature or FeatureCollection, got type '" + type + "'."));
        return result;
    }

    private static ParsedFeature readFeature(int index, JsonNode feature, CoordinateSystems.Reprojection toWgs84) {
        List<String> problems = new ArrayList<>();
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText()))
            return new ParsedFeature(index, null, null, null, List.of("This is not a GeoJSON Feature."));
        Geometry geometry = null;
        try {
            geometry = toWgs84.apply(GeoJsonGeometry.read(feature.get("geometry")));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        JsonNode idNode = feature.get("id");
        String id = idNode == null || idNode.isNull() ? null : idNode.asText();
        return fromParts(index, geometry, problems, feature.path("properties"), id);
    }

    /**
     * A parsed feature from its parts (GeoJSON or a GeoPackage row): the geometry already in WGS 84 (or
     * null, with the reason in {@code problems}) and the planner's properties.
     */
    static ParsedFeature fromParts(int index, Geometry geometry, List<String> problems, JsonNode props, String idText) {
        ObstacleKind kind = null;
        String kindCode = text(props, "kind");
        if (kindCode != null) {
            kind = ObstacleKind.fromCode(kindCode).orElse(null);
            if (kind == null)
                problems.add("Unknown kind '" + kindCode + "'; use one of: " + ObstacleKind.allCodes() + ".");
        }
        Severity severity = null;
        String severityCode = text(props, "severity");
        if (severityCode != null) {
            severity = Severity.fromCode(severityCode).orElse(null);
            if (severity == null)
                problems.add("Unknown severity '" + severityCode + "'; use one of: " + Severity.allCodes() + ".");
        }
        ObstacleDraft draft = new ObstacleDraft(
                geometry,
                kind,
                severity,
                text(props, "description_en"),
                text(props, "description_sv"),
                instant(props, "valid_from", problems),
                instant(props, "valid_until", problems),
                text(props, "source"));
        List<String> checks = ObstacleValidator.problems(draft);
        for (String p : checks)
            if (!(p.startsWith("The geometry is missing") && geometry == null && !problems.isEmpty())
                    && !(p.startsWith("The kind is missing") && kindCode != null)
                    && !(p.startsWith("The severity is missing") && severityCode != null)) problems.add(p);
        UUID id = null;
        if (idText != null) {
            try {
                id = UUID.fromString(idText);
            } catch (IllegalArgumentException e) {
                id = null; // ids from other systems are not ours: the feature is stored as new
            }
        }
        Long version = props.hasNonNull("version") ? props.get("version").asLong() : null;
        return new ParsedFeature(index, id, version, draft, problems);
    }

    private static String text(JsonNode props, String name) {
        JsonNode node = props.get(name);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Instant instant(JsonNode props, String name, List<String> problems) {
        String text = text(props, name);
        if (text == null || text.isBlank()) return null;
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(name + " '" + text + "' is not a time in ISO 8601 form such as 2026-11-23T08:00:00Z.");
            return null;
        }
    }
}
