package se.accessiblenav.mapdata.obstacle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.line;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.point;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.scaffolding;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.square;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.works;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class ObstacleGeoJsonTest {
    static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void writtenFeaturesReadBackAsTheSameDrafts() {
        List<Obstacle> obstacles = List.of(
                stored(scaffolding(point(18.0632, 59.3345))),
                stored(scaffolding(line(18.0632, 59.3345, 18.0640, 59.3349))),
                stored(works(square(18.0601, 59.3330, 0.0004), T, T.plusSeconds(3600))));
        String text = ObstacleGeoJson.toFeatureCollection(obstacles).toString();

        List<ObstacleGeoJson.ParsedFeature> read = ObstacleGeoJson.readFeatures(ObstacleGeoJson.parse(text), null);

        assertThat(read).hasSize(3).allSatisfy(f -> assertThat(f.problems()).isEmpty());
        for (int i = 0; i < 3; i++) {
            ObstacleDraft expected = obstacles.get(i).data();
            ObstacleDraft actual = read.get(i).draft();
            assertThat(actual.geometry().norm().equalsExact(expected.geometry().norm(), 1e-7))
                    .as(expected.geometry().toText())
                    .isTrue();
            assertThat(actual)
                    .usingRecursiveComparison()
                    .ignoringFields("geometry")
                    .isEqualTo(expected);
            assertThat(read.get(i).id()).isEqualTo(obstacles.get(i).id());
            assertThat(read.get(i).version()).isEqualTo(1L);
        }
    }

    @Test
    void polygonsAreWrittenCounterClockwiseAsRfc7946Asks() {
        String text = ObstacleGeoJson.toFeature(stored(works(square(18.06, 59.33, 0.001), null, null)))
                .toString();
        // square() is counter-clockwise already: (lon,lat) → (lon+s,lat) → ...
        assertThat(text).contains("[[[18.06,59.33],[18.061,59.33],[18.061,59.331],[18.06,59.331],[18.06,59.33]]]");
    }

    @Test
    void sweref99TmAndSweref99_1800AreReprojectedToWgs84() {
        // reference values from GDAL: echo "18.0632 59.3345" | gdaltransform -s_srs OGC:CRS84 -t_srs EPSG:3006
        String tm = feature(
                "[674238.167, 6581307.518]",
                "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":" + "\"urn:ogc:def:crs:EPSG::3006\"}},");
        String local = feature("[153597.145, 6579933.429]", "");

        Coordinate fromTm = ObstacleGeoJson.readFeatures(ObstacleGeoJson.parse(tm), null)
                .get(0)
                .draft()
                .geometry()
                .getCoordinate();
        Coordinate fromLocal = ObstacleGeoJson.readFeatures(ObstacleGeoJson.parse(local), "EPSG:3011")
                .get(0)
                .draft()
                .geometry()
                .getCoordinate();

        assertThat(fromTm.x).isCloseTo(18.0632, within(1e-6));
        assertThat(fromTm.y).isCloseTo(59.3345, within(1e-6));
        assertThat(fromLocal.x).isCloseTo(18.0632, within(1e-6));
        assertThat(fromLocal.y).isCloseTo(59.3345, within(1e-6));
    }

    @Test
    void crsNamesAreUnderstoodInEveryFormGisToolsWrite() {
        assertThat(CoordinateSystems.epsgCode("EPSG:3006")).isEqualTo(3006);
        assertThat(CoordinateSystems.epsgCode("urn:ogc:def:crs:EPSG::3011")).isEqualTo(3011);
        assertThat(CoordinateSystems.epsgCode("http://www.opengis.net/def/crs/EPSG/0/3006"))
                .isEqualTo(3006);
        assertThat(CoordinateSystems.epsgCode("urn:ogc:def:crs:OGC:1.3:CRS84")).isEqualTo(4326);
        assertThatThrownBy(() -> CoordinateSystems.epsgCode("EPSG:999999"))
                .isInstanceOf(UnknownCrsException.class)
                .hasMessageContaining("EPSG:999999");
        assertThatThrownBy(() -> CoordinateSystems.epsgCode("my local grid")).isInstanceOf(UnknownCrsException.class);
    }

    @Test
    void eachBadFeatureIsReportedWithItsReasonsAndTheGoodOnesStillRead() {
        String collection = "{\"type\":\"FeatureCollection\",\"features\":["
                + pointFeature("[18.06, 59.33]") + ","
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"x\",59]},"
                + "\"properties\":{\"kind\":\"volcano\",\"severity\":\"hazard\",\"description_en\":\"x\"}},"
                + "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"kind\":\"other\",\"severity\":\"info\","
                + "\"description_en\":\"x\",\"valid_from\":\"tomorrow\"}}]}";

        List<ObstacleGeoJson.ParsedFeature> read =
                ObstacleGeoJson.readFeatures(ObstacleGeoJson.parse(collection), null);

        assertThat(read.get(0).problems()).isEmpty();
        assertThat(read.get(1).problems())
                .anyMatch(p -> p.contains("[longitude, latitude]"))
                .anyMatch(p -> p.contains("Unknown kind 'volcano'"));
        assertThat(read.get(2).problems())
                .anyMatch(p -> p.contains("geometry is missing"))
                .anyMatch(p -> p.contains("valid_from 'tomorrow'"));
    }

    @Test
    void malformedDocumentsAreRejectedAsAWhole() {
        assertThatThrownBy(() -> ObstacleGeoJson.parse("{\"type\": \"Feature\","))
                .isInstanceOf(InvalidObstacleException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ObstacleGeoJson.readFeatures(ObstacleGeoJson.parse("[1,2]"), null))
                .hasMessageContaining("Feature or FeatureCollection");
        assertThatThrownBy(() -> ObstacleGeoJson.readFeatures(ObstacleGeoJson.parse("{\"type\":\"Topology\"}"), null))
                .hasMessageContaining("got type 'Topology'");
    }

    static String feature(String coordinates, String extraMembers) {
        return "{\"type\":\"FeatureCollection\"," + extraMembers + "\"features\":[" + pointFeature(coordinates) + "]}";
    }

    static String pointFeature(String coordinates) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":" + coordinates + "},"
                + "\"properties\":{\"kind\":\"scaffolding\",\"severity\":\"hazard\",\"description_en\":\"Scaffolding\"}}";
    }

    static Obstacle stored(ObstacleDraft draft) {
        return new Obstacle(UUID.randomUUID(), draft, "anna", T, "anna", T, 1);
    }
}
