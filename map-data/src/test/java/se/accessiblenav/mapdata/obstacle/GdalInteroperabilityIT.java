package se.accessiblenav.mapdata.obstacle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.line;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.point;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.scaffolding;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.square;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.works;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** Our exports open in GDAL (what QGIS and most GIS tools use), and GeoPackages written by GDAL import. */
class GdalInteroperabilityIT {
    static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    final List<Obstacle> obstacles = List.of(
            stored(scaffolding(point(18.0632, 59.3345))),
            stored(scaffolding(line(18.0632, 59.3345, 18.0640, 59.3349))),
            stored(works(square(18.0601, 59.3330, 0.0004), T, T.plusSeconds(86_400))));

    @Test
    void geoPackageExportInSweref99TmOpensInOgrinfo() throws Exception {
        Path file = dir.resolve("obstacles.gpkg");
        ObstacleGeoPackage.write(obstacles, 3006, file);

        String info = ExternalTool.run("ogrinfo", "-ro", "-al", "-so", file.toString());

        assertThat(info)
                .contains("Layer name: obstacles")
                .contains("Feature Count: 3")
                .contains("SWEREF99 TM");
        assertThat(info).contains("kind: String").contains("description_sv: String");
        String features = ExternalTool.run("ogrinfo", "-ro", "-al", "-q", file.toString());
        assertThat(features).contains("kind (String) = scaffolding").contains("Byggställning över trottoaren");
    }

    @Test
    void geoJsonExportOpensInOgrinfo() throws Exception {
        Path file = dir.resolve("obstacles.geojson");
        Files.writeString(file, ObstacleGeoJson.toFeatureCollection(obstacles).toString());

        String info = ExternalTool.run("ogrinfo", "-ro", "-al", "-so", file.toString());

        assertThat(info).contains("Feature Count: 3").contains("WGS 84");
    }

    @Test
    void geoPackageWrittenByOgr2ogrInSweref99TmImports() throws Exception {
        Path source = dir.resolve("planner.geojson");
        Files.writeString(source, ObstacleGeoJson.toFeatureCollection(obstacles).toString());
        Path gdalFile = dir.resolve("from-gdal.gpkg");
        ExternalTool.run(
                "ogr2ogr",
                "-f",
                "GPKG",
                "-t_srs",
                "EPSG:3006",
                "-nln",
                "planned_works",
                gdalFile.toString(),
                source.toString());

        List<ObstacleGeoJson.ParsedFeature> read = ObstacleGeoPackage.read(gdalFile, null);

        assertThat(read).hasSize(3).allSatisfy(f -> assertThat(f.problems()).isEmpty());
        Coordinate first = read.get(0).draft().geometry().getCoordinate();
        assertThat(first.x).isCloseTo(18.0632, within(1e-7));
        assertThat(first.y).isCloseTo(59.3345, within(1e-7));
        assertThat(read.get(2).draft().validUntil()).isEqualTo(T.plusSeconds(86_400));
        assertThat(read.get(2).draft().severity()).isEqualTo(Severity.BLOCKING);
        assertThat(read.get(0).draft().descriptionSv()).isEqualTo("Byggställning över trottoaren");
    }

    @Test
    void ourGeoPackageReadsBackAsTheSameObstacles() {
        Path file = dir.resolve("roundtrip.gpkg");
        ObstacleGeoPackage.write(obstacles, 3011, file);

        List<ObstacleGeoJson.ParsedFeature> read = ObstacleGeoPackage.read(file, null);

        assertThat(read).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(read.get(i).problems()).isEmpty();
            assertThat(read.get(i).id()).isEqualTo(obstacles.get(i).id());
            assertThat(read.get(i)
                            .draft()
                            .geometry()
                            .norm()
                            .equalsExact(obstacles.get(i).data().geometry().norm(), 1e-7))
                    .isTrue();
        }
    }

    static Obstacle stored(ObstacleDraft draft) {
        return new Obstacle(UUID.randomUUID(), draft, "anna", T, "anna", T, 1);
    }
}
