package se.accessiblenav.server.obstacle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.accessiblenav.mapdata.extract.BoundingBox;
import se.accessiblenav.mapdata.obstacle.AuditEntry;
import se.accessiblenav.mapdata.obstacle.CoordinateSystems;
import se.accessiblenav.mapdata.obstacle.ImportResult;
import se.accessiblenav.mapdata.obstacle.InvalidObstacleException;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoJson;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoPackage;
import se.accessiblenav.mapdata.obstacle.ObstacleQuery;
import se.accessiblenav.mapdata.obstacle.ObstacleValidator;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.ClientText;
import se.accessiblenav.server.system.NavigationProperties;

/**
 * Obstacles over HTTP, as GeoJSON: reads are public, writes need a planner. Writers name the version
 * they edited ({@code If-Match: "3"}, or {@code properties.version}), so nobody overwrites a change
 * they have not seen.
 */
@RestController
@RequestMapping("/obstacles")
class ObstacleController {
    static final String GEO_JSON = "application/geo+json";
    static final String GEOPACKAGE = "application/geopackage+sqlite3";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObstacleService obstacles;
    private final ObstacleFiles files;
    private final long maxUploadBytes;

    ObstacleController(ObstacleService obstacles, ObstacleFiles files, NavigationProperties properties) {
        this.obstacles = obstacles;
        this.files = files;
        this.maxUploadBytes = properties.obstacles().maxUploadBytes();
    }

    @GetMapping(produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> list(
            @RequestParam(required = false) String bbox,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(required = false) String at,
            @RequestParam(required = false) String crs) {
        return geoJson(ObstacleGeoJson.toFeatureCollection(obstacles.list(query(bbox, active, at)), epsgOf(crs)));
    }

    @GetMapping(
            path = "/{id}",
            produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> get(@PathVariable String id, @RequestParam(required = false) String crs) {
        Obstacle obstacle = obstacles.get(parseId(id));
        int epsg = epsgOf(crs);
        String body = ObstacleGeoJson.toFeatureText(obstacle);
        if (epsg != CoordinateSystems.WGS84) {
            // the feature in the asked system, with the legacy crs member GDAL and QGIS read
            ObjectNode collection = ObstacleGeoJson.toFeatureCollection(List.of(obstacle), epsg);
            ObjectNode feature = (ObjectNode) collection.path("features").get(0);
            feature.set("crs", collection.get("crs"));
            body = feature.toString();
        }
        return ResponseEntity.ok()
                .eTag(etag(obstacle))
                .contentType(MediaType.parseMediaType(GEO_JSON))
                .body(body);
    }

    private static int epsgOf(String crs) {
        return crs == null || crs.isBlank() ? CoordinateSystems.WGS84 : CoordinateSystems.epsgCode(crs);
    }

    @PostMapping(consumes = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> create(
            HttpServletRequest request, @RequestParam(required = false) String crs, Authentication planner) {
        ObstacleGeoJson.ParsedFeature feature = singleFeature(request, crs);
        Obstacle created = obstacles.create(feature.draft(), planner.getName());
        return ResponseEntity.created(URI.create("/obstacles/" + created.id()))
                .eTag(etag(created))
                .contentType(MediaType.parseMediaType(GEO_JSON))
                .body(ObstacleGeoJson.toFeatureText(created));
    }

    @PutMapping(
            path = "/{id}",
            consumes = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> update(
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String crs,
            HttpServletRequest request,
            Authentication planner) {
        UUID uuid = parseId(id);
        ObstacleGeoJson.ParsedFeature feature = singleFeature(request, crs);
        long version = expectedVersion(ifMatch, feature.version());
        Obstacle updated = obstacles.update(uuid, feature.draft(), version, planner.getName());
        return ResponseEntity.ok()
                .eTag(etag(updated))
                .contentType(MediaType.parseMediaType(GEO_JSON))
                .body(ObstacleGeoJson.toFeatureText(updated));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) Long version,
            Authentication planner) {
        obstacles.delete(parseId(id), expectedVersion(ifMatch, version), planner.getName());
        return ResponseEntity.noContent().build();
    }

    /** A GeoJSON FeatureCollection in the body: all features are stored, or none. */
    @PostMapping(
            path = "/import",
            consumes = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> importGeoJson(
            HttpServletRequest request, @RequestParam(required = false) String crs, Authentication planner) {
        String body = new String(RequestBodies.read(request, maxUploadBytes), StandardCharsets.UTF_8);
        return imported(obstacles.importAll(files.readGeoJson(body, crs), planner.getName()));
    }

    /** A GeoPackage file as the whole body ({@code Content-Type: application/geopackage+sqlite3}). */
    @PostMapping(path = "/import", consumes = GEOPACKAGE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> importGeoPackage(
            HttpServletRequest request, @RequestParam(required = false) String crs, Authentication planner) {
        byte[] bytes = RequestBodies.read(request, maxUploadBytes);
        if (!ObstacleGeoPackage.looksLikeGeoPackage(bytes))
            throw new ClientProblemException("The body is not a GeoPackage (an SQLite file); send GeoJSON as"
                    + " application/geo+json, or the file as a multipart upload in the form field 'file'.");
        return imported(obstacles.importAll(files.readUpload("upload.gpkg", bytes, crs), planner.getName()));
    }

    /** A file upload (form field {@code file}): GeoJSON ({@code .geojson}, {@code .json}) or GeoPackage. */
    @PostMapping(
            path = "/import",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String crs,
            Authentication planner)
            throws IOException {
        if (file.getSize() > maxUploadBytes) throw RequestBodies.tooLarge(file.getSize(), maxUploadBytes);
        return imported(obstacles.importAll(
                files.readUpload(file.getOriginalFilename(), file.getBytes(), crs), planner.getName()));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "geojson") String format,
            @RequestParam(required = false) String crs,
            @RequestParam(defaultValue = "false") boolean active) {
        List<Obstacle> all = obstacles.list(active ? ObstacleQuery.activeAt(Instant.now()) : ObstacleQuery.all());
        int epsg = epsgOf(crs);
        ObstacleFiles.Export export = files.export(format, all, epsg);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
                .body(export.bytes());
    }

    @GetMapping(path = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> audit(
            @RequestParam(required = false) String obstacle, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) throw new ClientProblemException("limit must be between 1 and 1000.");
        ArrayNode entries = NODES.arrayNode();
        for (AuditEntry e : obstacles.audit(obstacle == null ? null : parseId(obstacle), limit)) {
            ObjectNode entry = entries.addObject();
            entry.put("sequence", e.sequence());
            entry.put("obstacle_id", e.obstacleId().toString());
            entry.put("action", e.action().name().toLowerCase(java.util.Locale.ROOT));
            entry.put("actor", e.actor());
            entry.put("at", e.at().toString());
            entry.set("before", e.before() == null ? NODES.nullNode() : ObstacleGeoJson.parse(e.before()));
            entry.set("after", e.after() == null ? NODES.nullNode() : ObstacleGeoJson.parse(e.after()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries.toString());
    }

    @GetMapping(path = "/status", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> status() {
        var status = obstacles.status();
        return Map.of(
                "active_obstacles", status.activeObstacles(),
                "blocked_ways", status.blockedEdges(),
                "hazard_ways", status.hazardEdges(),
                "applied_at", obstacles.lastApplied().toString(),
                "landmarks", obstacles.landmarksPreparedForObstacles() ? "prepared_for_obstacles" : "import",
                "landmark_checks", obstacles.landmarkChecks());
    }

    private ObstacleGeoJson.ParsedFeature singleFeature(HttpServletRequest request, String crs) {
        String body = new String(RequestBodies.read(request, maxUploadBytes), StandardCharsets.UTF_8);
        JsonNode root = ObstacleGeoJson.parse(body);
        if (!"Feature".equals(root.path("type").asText()))
            throw new ClientProblemException("Send one GeoJSON Feature; to send a FeatureCollection use POST"
                    + " /obstacles/import (all or nothing).");
        ObstacleGeoJson.ParsedFeature feature =
                ObstacleGeoJson.readFeatures(root, crs).get(0);
        if (!feature.ok()) throw new InvalidObstacleException(feature.problems());
        return feature;
    }

    private static ObstacleQuery query(String bbox, boolean active, String at) {
        BoundingBox area = null;
        if (bbox != null) {
            try {
                area = BoundingBox.parseWestSouthEastNorth(bbox);
            } catch (IllegalArgumentException e) {
                throw new ClientProblemException(e.getMessage());
            }
        }
        Instant time = null;
        if (at != null) {
            try {
                time = Instant.parse(at);
            } catch (DateTimeParseException e) {
                throw new ClientProblemException("at='" + ClientText.quote(at)
                        + "' is not a time in ISO 8601 form such as 2026-11-23T08:00:00Z.");
            }
            if (time.isBefore(ObstacleValidator.EARLIEST) || !time.isBefore(ObstacleValidator.LATEST))
                throw new ClientProblemException("at must lie between the years 1970 and 9999.");
        } else if (active) time = Instant.now();
        return new ObstacleQuery(area, time);
    }

    private static long expectedVersion(String ifMatch, Long fromBody) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String digits = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new ClientProblemException("If-Match must be the obstacle's version, as in If-Match: \"3\".");
            }
        }
        if (fromBody != null) return fromBody;
        throw new ClientProblemException(
                428,
                "Say which version you edited (If-Match: \"3\" or properties.version), so that a change made by"
                        + " someone else in the meantime is not overwritten.",
                "PreconditionRequired",
                Map.of());
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ClientProblemException(
                    404,
                    "There is no obstacle '" + ClientText.quote(id) + "' (obstacle ids are UUIDs).",
                    "NotFound",
                    Map.of());
        }
    }

    private static String etag(Obstacle obstacle) {
        return "\"" + obstacle.version() + "\"";
    }

    private static ResponseEntity<String> geoJson(ObjectNode body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(GEO_JSON))
                .body(body.toString());
    }

    /** How many features were taken, and what became of them: created, updated, or already as the file says. */
    private static ResponseEntity<String> imported(ImportResult result) {
        ObjectNode report = NODES.objectNode();
        report.put("imported", result.all().size());
        report.put("created", result.created().size());
        report.put("updated", result.updated().size());
        report.put("unchanged", result.unchanged().size());
        ArrayNode ids = report.putArray("ids");
        result.all().forEach(o -> ids.add(o.id().toString()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.toString());
    }
}
