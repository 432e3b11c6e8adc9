package se.accessiblenav.server.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.graphhopper.jackson.Jackson;
import com.graphhopper.util.DistanceCalcEarth;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import se.accessiblenav.server.StockholmServerTestBase;

/**
 * What GraphHopper users expect beside {@code /route}, per walker profile, on the Stockholm extract:
 * {@code /nearest}, {@code /isochrone} (a cane user's ten minutes against a sighted walker's) and round trips.
 */
class NetworkQueriesIT extends StockholmServerTestBase {
    private static final double LAT = 59.3355;
    private static final double LON = 18.0630;
    private static final String POINT = "point=" + LAT + "," + LON;
    private final ObjectMapper geo = Jackson.newObjectMapper();

    @Test
    void nearestSaysWhereThePointJoinsEachProfilesNetworkInGraphHoppersShape() throws Exception {
        JsonNode nearest = ok("/nearest?" + POINT + "&profile=guide_dog");
        assertThat(nearest.path("type").asText()).isEqualTo("Point");
        assertThat(nearest.path("profile").asText()).isEqualTo("guide_dog");
        double lon = nearest.path("coordinates").get(0).asDouble();
        double lat = nearest.path("coordinates").get(1).asDouble();
        assertThat(nearest.path("distance").asDouble())
                .isCloseTo(
                        DistanceCalcEarth.DIST_EARTH.calcDist(LAT, LON, lat, lon),
                        org.assertj.core.data.Offset.offset(0.2))
                .isLessThan(30);
        assertThat(nearest.path("road_class").asText()).isNotBlank();
        assertThat(nearest.path("profiles").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("foot", "blind_cane", "guide_dog", "low_vision");

        // a route from the point starts where /nearest says it joins the network
        JsonNode route = ok("/route?" + POINT + "&point=59.3358,18.0737&profile=guide_dog&points_encoded=false"
                        + "&instructions=false")
                .path("paths")
                .get(0)
                .path("points")
                .path("coordinates")
                .get(0);
        assertThat(route.get(0).asDouble()).isCloseTo(lon, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(route.get(1).asDouble()).isCloseTo(lat, org.assertj.core.data.Offset.offset(1e-5));

        assertProblem(get("/nearest"), "point=latitude,longitude");
        assertProblem(get("/nearest?" + POINT + "&profile=car"), "Unknown profile 'car'");
        assertProblem(get("/nearest?point=48.1,11.5"), "outside the loaded map");
    }

    @Test
    void aCaneUserReachesLessInTenMinutesThanASightedWalker() throws Exception {
        JsonNode foot = ok("/isochrone?" + POINT + "&profile=foot&time_limit=600&buckets=2");
        JsonNode cane = ok("/isochrone?" + POINT + "&profile=blind_cane&time_limit=600&buckets=2");
        assertThat(cane.path("polygons")).hasSize(2);
        assertThat(cane.path("polygons")
                        .get(1)
                        .path("properties")
                        .path("time_limit")
                        .asDouble())
                .isEqualTo(600);
        assertThat(cane.path("info").path("copyrights").toString()).contains("OpenStreetMap");

        double footArea = squareMeters(foot.path("polygons").get(1));
        double caneArea = squareMeters(cane.path("polygons").get(1));
        double caneFiveMinutes = squareMeters(cane.path("polygons").get(0));
        // ten minutes at a walker's 5 km/h is at most 833 m in a straight line
        assertThat(footArea).isGreaterThan(100_000).isLessThan(Math.PI * 900 * 900);
        assertThat(caneArea).as("the cane user's walks avoid what foot's cross").isLessThan(footArea);
        assertThat(caneFiveMinutes).isLessThan(caneArea);
        Geometry area = polygon(cane.path("polygons").get(1));
        assertThat(area.contains(new GeometryFactory().createPoint(new Coordinate(LON, LAT))))
                .as("the start is inside")
                .isTrue();

        JsonNode byDistance = ok("/isochrone?" + POINT + "&profile=low_vision&distance_limit=400");
        assertThat(byDistance
                        .path("polygons")
                        .get(0)
                        .path("properties")
                        .path("distance_limit")
                        .asDouble())
                .isEqualTo(400);
        assertThat(squareMeters(byDistance.path("polygons").get(0))).isLessThan(Math.PI * 450 * 450);

        assertProblem(get("/isochrone?" + POINT + "&time_limit=7200"), "time_limit");
        assertProblem(get("/isochrone?" + POINT + "&time_limit=60&distance_limit=100"), "not both");
        assertProblem(get("/isochrone?" + POINT + "&buckets=0"), "buckets");
        assertProblem(get("/isochrone?" + POINT + "&reverse_flow=maybe"), "reverse_flow");
    }

    @Test
    void aRoundTripEndsWhereItStartsWithGuidanceAllTheWay() throws Exception {
        JsonNode path = ok("/route?" + POINT + "&profile=blind_cane&algorithm=round_trip&round_trip.distance=1500"
                        + "&round_trip.seed=3&points_encoded=false")
                .path("paths")
                .get(0);
        JsonNode coordinates = path.path("points").path("coordinates");
        assertThat(coordinates.get(0)).isEqualTo(coordinates.get(coordinates.size() - 1));
        assertThat(path.path("distance").asDouble()).isBetween(1000.0, 3000.0);
        JsonNode cues = path.path("guidance").path("cues");
        assertThat(cues.get(cues.size() - 1).path("kind").asText()).isEqualTo("arrival");
        assertThat(cues.size()).isGreaterThan(5);

        assertProblem(get("/route?" + POINT + "&point=59.3358,18.0737&algorithm=round_trip"), "one point");
        assertProblem(get("/route?" + POINT + "&algorithm=round_trip&round_trip.distance=50"), "round_trip.distance");
        assertProblem(get("/route?" + POINT), "algorithm=round_trip");
    }

    @Test
    void anotherSitesPageMayAskToo() throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/isochrone?" + POINT))
                        .header("Origin", "https://maps.example.org")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://maps.example.org");
    }

    private void assertProblem(HttpResponse<String> response, String words) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("message").asText()).contains(words);
    }

    private Geometry polygon(JsonNode feature) throws Exception {
        return geo.treeToValue(feature.path("geometry"), Geometry.class);
    }

    /** The area in square metres (local flat approximation: a few km at 59° N). */
    private double squareMeters(JsonNode feature) throws Exception {
        double degrees = polygon(feature).getArea();
        return degrees
                * DistanceCalcEarth.METERS_PER_DEGREE
                * DistanceCalcEarth.METERS_PER_DEGREE
                * Math.cos(Math.toRadians(LAT));
    }
}
