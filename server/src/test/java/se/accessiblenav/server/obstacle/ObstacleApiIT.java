package se.accessiblenav.server.obstacle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoJson;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoPackage;
import se.accessiblenav.mapdata.obstacle.ObstacleKind;
import se.accessiblenav.mapdata.obstacle.ObstacleQuery;
import se.accessiblenav.mapdata.obstacle.ObstacleStore;
import se.accessiblenav.mapdata.obstacle.Severity;
import se.accessiblenav.server.RoutePaths;
import se.accessiblenav.server.SharedTestData;
import se.accessiblenav.server.StockholmServerTestBase;

/**
 * The obstacle API on the real server and the Stockholm extract: planners write, routes change at once,
 * bad input is refused with nothing stored.
 */
public class ObstacleApiIT extends StockholmServerTestBase {
    static final String ROUTE = "/route?point=59.3355,18.0630&point=59.3358,18.0737&profile=blind_cane";

    @Autowired
    ObstacleStore store;

    @Autowired
    ObstacleService service;

    @TempDir
    Path dir;

    @AfterEach
    void removeObstacles() {
        for (Obstacle o : store.list(ObstacleQuery.all())) store.delete(o.id(), o.version(), "test-cleanup");
        service.refresh();
    }

    @Test
    void readsArePublicAndWritesNeedAPlanner() throws Exception {
        assertThat(ok("/obstacles").path("features").size()).isZero();

        HttpResponse<String> anonymous = send("POST", "/obstacles", feature(squareOnRoute(), "blocking"), null);
        HttpResponse<String> wrongPassword =
                send("POST", "/obstacles", feature(squareOnRoute(), "blocking"), basic("anna", "guess"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(anonymous.body()).path("detail").asText()).contains("Log in as a planner");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(store.list(ObstacleQuery.all())).isEmpty();
        assertThat(get("/obstacles/audit").statusCode()).isEqualTo(401);
    }

    @Test
    void blockingObstacleChangesTheRouteAtOnceAndDeletingItRestoresIt() throws Exception {
        JsonNode before = ok(ROUTE + "&points_encoded=false").path("paths").get(0);
        double[] square = squareOnRoute();
        long checksBefore = ok("/obstacles/status").path("landmark_checks").asLong();

        long start = System.nanoTime();
        HttpResponse<String> created = send("POST", "/obstacles", feature(square, "blocking"), planner());
        JsonNode after = ok(ROUTE + "&points_encoded=false").path("paths").get(0);
        double millis = (System.nanoTime() - start) / 1e6;

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(RoutePaths.passesThrough(after, square)).isFalse();
        assertThat(RoutePaths.passesThrough(before, square)).isTrue();
        assertThat(after.path("distance").asDouble())
                .isGreaterThan(before.path("distance").asDouble());
        assertThat(millis).as("write accepted to route that respects it").isLessThan(1000);

        // a moment later the route search is measured; one closed way hardly slows it, so the landmarks
        // are not prepared again, and the route stays the same
        JsonNode status = ok("/obstacles/status");
        for (int i = 0; i < 300 && status.path("landmark_checks").asLong() == checksBefore; i++) {
            Thread.sleep(100);
            status = ok("/obstacles/status");
        }
        assertThat(status.path("landmark_checks").asLong()).isGreaterThan(checksBefore);
        assertThat(status.path("landmarks").asText()).isEqualTo("import");
        assertThat(status.path("blocked_ways").asInt()).isPositive();
        assertThat(ok(ROUTE).path("paths").get(0).path("distance").asDouble())
                .isCloseTo(after.path("distance").asDouble(), org.assertj.core.data.Offset.offset(0.01));

        HttpResponse<String> deleted = send("DELETE", location, null, planner(), "If-Match", "\"1\"");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(ok("/obstacles/status").path("landmarks").asText()).isEqualTo("import");
        assertThat(ok(ROUTE).path("paths").get(0).path("distance").asDouble())
                .isCloseTo(before.path("distance").asDouble(), org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void hazardOnTheRouteIsAnnouncedWithThePlannersDescription() throws Exception {
        double[] square = squareOnRoute();
        // a hazard is avoided where reasonable: put it at the start, where every route passes
        JsonNode first = ok(ROUTE + "&points_encoded=false").path("paths").get(0);
        JsonNode start = first.path("points").path("coordinates").get(0);
        double[] atStart = box(start.get(1).asDouble(), start.get(0).asDouble(), 6);
        assertThat(send("POST", "/obstacles", feature(atStart, "hazard"), planner())
                        .statusCode())
                .isEqualTo(201);

        JsonNode guided =
                ok(ROUTE + "&guidance=true&locale=sv").path("paths").get(0).path("guidance");

        JsonNode hazard = null;
        for (JsonNode cue : guided.path("cues")) if (cue.path("kind").asText().equals("hazard")) hazard = cue;
        assertThat(hazard).as(guided.toString()).isNotNull();
        assertThat(hazard.path("full_text").asText())
                .isEqualTo("Varning framför dig: byggställning. Byggställning över trottoaren.");
        assertThat(guided.path("summary").path("full_text").asText()).contains("Ett rapporterat hinder.");
        assertThat(square).isNotNull();
    }

    @Test
    void twoPlannersCannotSilentlyOverwriteEachOther() throws Exception {
        HttpResponse<String> created = send("POST", "/obstacles", feature(squareOnRoute(), "hazard"), planner());
        String location = created.headers().firstValue("Location").orElseThrow();
        String edited = feature(squareOnRoute(), "blocking");

        HttpResponse<String> first = send("PUT", location, edited, planner(), "If-Match", "\"1\"");
        HttpResponse<String> second = send("PUT", location, edited, planner(), "If-Match", "\"1\"");
        HttpResponse<String> noVersion = send("PUT", location, edited, planner());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json.readTree(second.body()).path("detail").asText()).contains("changed by someone else");
        assertThat(noVersion.statusCode()).isEqualTo(428);
        JsonNode audit =
                json.readTree(send("GET", "/obstacles/audit", null, planner()).body());
        assertThat(audit.get(0).path("action").asText()).isEqualTo("update");
        assertThat(audit.get(0).path("actor").asText()).isEqualTo("anna");
        assertThat(audit.get(0)
                        .path("before")
                        .path("properties")
                        .path("severity")
                        .asText())
                .isEqualTo("hazard");
        assertThat(audit.get(0)
                        .path("after")
                        .path("properties")
                        .path("severity")
                        .asText())
                .isEqualTo("blocking");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingStored() throws Exception {
        String valid = feature(squareOnRoute(), "hazard");
        long writesBefore = store.changeCounter();
        record Case(String body, String contentType, String expected, int status) {}
        List<Case> cases = List.of(
                new Case(valid.replace("\"hazard\"", "\"terrible\""), "application/geo+json", "Unknown severity", 400),
                new Case(
                        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[18.0,91.0]},"
                                + "\"properties\":{\"kind\":\"other\",\"severity\":\"info\",\"description_en\":\"x\"}}",
                        "application/geo+json",
                        "out of range",
                        400),
                new Case(bowtie(), "application/geo+json", "not valid", 400),
                new Case(
                        valid.replace("\"coordinates\":[[[", "\"coordinates\":[[")
                                .replace("]]]}", "]]}"),
                        "application/geo+json",
                        "position",
                        400),
                new Case("{\"type\":\"Feature\",", "application/geo+json", "not valid JSON", 400),
                new Case(
                        valid.replace("\"valid_until\":null", "\"valid_until\":\"2020-01-01T00:00:00Z\"")
                                .replace("\"valid_from\":null", "\"valid_from\":\"2021-01-01T00:00:00Z\""),
                        "application/geo+json",
                        "before it starts",
                        400),
                new Case(
                        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[]},\"properties\":{}}",
                        "application/geo+json",
                        "position",
                        400),
                new Case(valid, "text/plain", "not supported", 415),
                new Case(
                        "{\"type\":\"FeatureCollection\",\"features\":[]}",
                        "application/json",
                        "/obstacles/import",
                        400));
        for (Case c : cases) {
            HttpResponse<String> response =
                    send("POST", "/obstacles", c.body(), planner(), "Content-Type", c.contentType());
            assertThat(response.statusCode())
                    .as(c.expected() + ": " + response.body())
                    .isEqualTo(c.status());
            assertThat(response.body()).as(c.expected()).containsIgnoringCase(c.expected());
            assertThat(response.body()).doesNotContain("Exception:").doesNotContain("\tat ");
        }
        HttpResponse<String> unknownCrs = send("POST", "/obstacles?crs=EPSG:999999", valid, planner());
        assertThat(unknownCrs.statusCode()).isEqualTo(400);
        assertThat(unknownCrs.body()).contains("Unknown coordinate reference system");
        HttpResponse<String> tooLarge = send("POST", "/obstacles", valid + " ".repeat(6 * 1024 * 1024), planner());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(store.list(ObstacleQuery.all())).isEmpty();
        assertThat(store.changeCounter()).as("no write, no audit entry").isEqualTo(writesBefore);
    }

    @Test
    void bulkImportIsAllOrNothingWithAReportPerFeature() throws Exception {
        String good = feature(squareOnRoute(), "hazard");
        String bad = good.replace("\"scaffolding\"", "\"dragon\"");
        String mixed = "{\"type\":\"FeatureCollection\",\"features\":[" + good + "," + bad + "," + good + "]}";

        HttpResponse<String> refused = send("POST", "/obstacles/import", mixed, planner());

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode rejected = json.readTree(refused.body()).path("hints").get(0).path("rejected");
        assertThat(rejected.size()).isEqualTo(1);
        assertThat(rejected.get(0).path("feature").asInt()).isEqualTo(1);
        assertThat(rejected.get(0).path("problems").get(0).asText()).contains("Unknown kind 'dragon'");
        assertThat(store.list(ObstacleQuery.all())).isEmpty();

        String clean = "{\"type\":\"FeatureCollection\",\"features\":[" + good + "," + good + "]}";
        HttpResponse<String> imported = send("POST", "/obstacles/import", clean, planner());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json.readTree(imported.body()).path("imported").asInt()).isEqualTo(2);
    }

    @Test
    void geoPackageInSweref99TmImportsAndExportsRoundTrip() throws Exception {
        Path file = dir.resolve("works.gpkg");
        Instant t = Instant.parse("2026-11-23T10:00:00Z");
        ObstacleDraft draft = ObstacleGeoJson.readFeatures(
                        ObstacleGeoJson.parse(feature(squareOnRoute(), "info")), null)
                .get(0)
                .draft();
        ObstacleGeoPackage.write(
                List.of(new Obstacle(java.util.UUID.randomUUID(), draft, "gis", t, "gis", t, 1)), 3006, file);

        HttpResponse<String> imported = upload("/obstacles/import", "works.gpkg", Files.readAllBytes(file));
        HttpResponse<byte[]> gpkg = http.send(
                HttpRequest.newBuilder(uri("/obstacles/export?format=gpkg&crs=EPSG:3006"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        JsonNode geoJson = ok("/obstacles/export?format=geojson&crs=EPSG:3011");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(store.list(ObstacleQuery.all()))
                .singleElement()
                .satisfies(o -> assertThat(o.data()
                                .geometry()
                                .getCoordinate()
                                .distance(draft.geometry().getCoordinate()))
                        .isLessThan(1e-7));
        assertThat(gpkg.statusCode()).isEqualTo(200);
        assertThat(ObstacleGeoPackage.looksLikeGeoPackage(gpkg.body())).isTrue();
        assertThat(geoJson.path("crs").path("properties").path("name").asText())
                .isEqualTo("urn:ogc:def:crs:EPSG::3011");
        assertThat(geoJson.path("features")
                        .get(0)
                        .path("geometry")
                        .path("coordinates")
                        .get(0)
                        .get(0)
                        .get(0)
                        .asDouble())
                .isBetween(150_000.0, 160_000.0);
    }

    @Test
    void reImportingAnExportUpdatesInsteadOfDuplicating() throws Exception {
        assertThat(send("POST", "/obstacles", feature(squareOnRoute(), "hazard"), planner())
                        .statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/obstacles", feature(squareOnRoute(), "info"), planner())
                        .statusCode())
                .isEqualTo(201);
        String exported = ok("/obstacles/export?format=geojson&crs=EPSG:3006").toString();
        HttpResponse<byte[]> gpkg = http.send(
                HttpRequest.newBuilder(uri("/obstacles/export?format=gpkg")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        JsonNode again = json.readTree(send("POST", "/obstacles/import?crs=EPSG:3006", exported, planner())
                .body());
        JsonNode againGpkg = json.readTree(
                upload("/obstacles/import", "obstacles.gpkg", gpkg.body()).body());
        assertThat(again.path("unchanged").asInt()).as(again.toString()).isEqualTo(2);
        assertThat(againGpkg.path("unchanged").asInt()).as(againGpkg.toString()).isEqualTo(2);
        assertThat(store.list(ObstacleQuery.all())).hasSize(2);

        // edited in a GIS tool and imported again: the edited one gets a new version, nothing is added
        String edited = exported.replaceFirst("Scaffolding over the sidewalk", "Scaffolding until Friday");
        JsonNode result = json.readTree(send("POST", "/obstacles/import?crs=EPSG:3006", edited, planner())
                .body());
        assertThat(result.path("updated").asInt()).as(result.toString()).isEqualTo(1);
        assertThat(result.path("unchanged").asInt()).isEqualTo(1);
        assertThat(result.path("created").asInt()).isZero();
        assertThat(store.list(ObstacleQuery.all())).hasSize(2).anySatisfy(o -> {
            assertThat(o.data().descriptionEn()).isEqualTo("Scaffolding until Friday");
            assertThat(o.version()).isEqualTo(2);
        });
        // the old export, edited otherwise, is now stale: 409, nothing stored
        HttpResponse<String> stale = send(
                "POST",
                "/obstacles/import?crs=EPSG:3006",
                exported.replaceFirst("Scaffolding over the sidewalk", "Gone"),
                planner());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(store.list(ObstacleQuery.all()))
                .noneSatisfy(o -> assertThat(o.data().descriptionEn()).isEqualTo("Gone"));
    }

    @Test
    void theReadmeExampleFilesImportAndUpdate() throws Exception {
        Path examples = Path.of("..", "docs", "examples");
        HttpResponse<String> gpkg =
                upload("/obstacles/import", "works.gpkg", Files.readAllBytes(examples.resolve("works.gpkg")));
        assertThat(gpkg.statusCode()).as(gpkg.body()).isEqualTo(200);
        HttpResponse<String> geoJson = send(
                "POST",
                "/obstacles/import?crs=EPSG:3006",
                Files.readString(examples.resolve("works.geojson")),
                planner());
        assertThat(geoJson.statusCode()).as(geoJson.body()).isEqualTo(200);
        assertThat(json.readTree(geoJson.body()).path("created").asInt()).isEqualTo(2);
        // the two files hold the same two obstacles, in the same place within a centimetre
        List<Obstacle> stored = store.list(ObstacleQuery.all());
        assertThat(stored).hasSize(4);
        assertThat(stored)
                .filteredOn(o -> o.data().source().equals("example:road-works"))
                .hasSize(2)
                .allSatisfy(
                        o -> assertThat(o.data().geometry().getCoordinate().x).isCloseTo(18.07, offset(1e-6)));

        HttpResponse<String> created = send("POST", "/obstacles", """
                {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[18.0655, 59.3357], [18.0657, 59.3359]]},
                 "properties": {"kind": "construction", "severity": "blocking",
                   "description_en": "Road works close the sidewalk.", "description_sv": "Vägarbete stänger trottoaren.",
                   "valid_until": "2030-12-24T16:00:00Z"}}""", planner());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> changed = send(
                "PUT",
                URI.create(location).getPath(),
                Files.readString(examples.resolve("changed.geojson")),
                planner(),
                "If-Match",
                "\"1\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json.readTree(changed.body())
                        .path("properties")
                        .path("severity")
                        .asText())
                .isEqualTo("hazard");
    }

    @Test
    void obstaclesWrittenStraightToTheStoreAndExpiringOnesReachRoutesWithinTheRefreshInterval() throws Exception {
        JsonNode before = ok(ROUTE + "&points_encoded=false").path("paths").get(0);
        double[] square = squareOnRoute();
        ObstacleDraft draft = ObstacleGeoJson.readFeatures(ObstacleGeoJson.parse(feature(square, "blocking")), null)
                .get(0)
                .draft();
        // as another server on the same database would, and expiring in three seconds
        ObstacleDraft expiring = new ObstacleDraft(
                draft.geometry(),
                ObstacleKind.CONSTRUCTION,
                Severity.BLOCKING,
                "Road works",
                "Vägarbete",
                null,
                Instant.now().plusSeconds(3),
                "other server");
        store.create(expiring, "bertil");

        assertThat(waitForRoute(square, false)).as("respected within 2 s").isTrue();
        assertThat(waitForRoute(square, true))
                .as("released within 2 s of expiring")
                .isTrue();
        assertThat(RoutePaths.passesThrough(before, square)).isTrue();
    }

    /** Polls the route until it passes the square (or not), for up to 2 s after the expected moment. */
    private boolean waitForRoute(double[] square, boolean passes) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (RoutePaths.passesThrough(
                            ok(ROUTE + "&points_encoded=false").path("paths").get(0), square)
                    == passes) return true;
            Thread.sleep(100);
        }
        return false;
    }

    /** A 6 m square around the middle of a segment halfway along the Hötorget–Stureplan route. */
    private double[] squareOnRoute() throws Exception {
        JsonNode coords = ok(ROUTE + "&points_encoded=false")
                .path("paths")
                .get(0)
                .path("points")
                .path("coordinates");
        int i = coords.size() / 2;
        double lon = (coords.get(i).get(0).asDouble() + coords.get(i + 1).get(0).asDouble()) / 2;
        double lat = (coords.get(i).get(1).asDouble() + coords.get(i + 1).get(1).asDouble()) / 2;
        return box(lat, lon, 6);
    }

    public static double[] box(double lat, double lon, double meters) {
        double dLat = meters / 2 / 110_574;
        double dLon = meters / 2 / (111_320 * Math.cos(Math.toRadians(lat)));
        return new double[] {lon - dLon, lat - dLat, lon + dLon, lat + dLat};
    }

    public static String feature(double[] b, String severity) {
        return String.format(
                Locale.ROOT,
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.7f,%.7f],[%.7f,%.7f],"
                        + "[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]},\"properties\":{\"kind\":\"scaffolding\",\"severity\":\"%s\","
                        + "\"description_en\":\"Scaffolding over the sidewalk\",\"description_sv\":\"Byggställning över"
                        + " trottoaren\",\"valid_from\":null,\"valid_until\":null,\"source\":\"test\"}}",
                b[0],
                b[1],
                b[2],
                b[1],
                b[2],
                b[3],
                b[0],
                b[3],
                b[0],
                b[1],
                severity);
    }

    static String bowtie() {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[18.06,59.33],[18.07,59.34],"
                + "[18.07,59.33],[18.06,59.34],[18.06,59.33]]]},\"properties\":{\"kind\":\"other\",\"severity\":\"info\","
                + "\"description_en\":\"x\"}}";
    }

    String planner() {
        return basic(SharedTestData.PLANNER, SharedTestData.PLANNER_PASSWORD);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI uri(String pathOrUrl) {
        return pathOrUrl.startsWith("http")
                ? URI.create(pathOrUrl)
                : URI.create("http://localhost:" + port + pathOrUrl);
    }

    HttpResponse<String> send(String method, String path, String body, String authorization, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        boolean contentType = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            contentType |= headers[i].equals("Content-Type");
        }
        if (body != null && !contentType) request.header("Content-Type", "application/geo+json");
        if (authorization != null) request.header("Authorization", authorization);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
        String boundary = "----obstacle" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Authorization", planner())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
