package se.accessiblenav.server.obstacle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.accessiblenav.mapdata.obstacle.CoordinateSystems;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoJson;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoPackage;
import se.accessiblenav.mapdata.obstacle.UnknownCrsException;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.ClientText;

/** Planners' files in and out: GeoJSON and GeoPackage, any supported coordinate system. */
@Component
class ObstacleFiles {
    record Export(byte[] bytes, String contentType, String fileName) {}

    List<ObstacleGeoJson.ParsedFeature> readGeoJson(String body, String crs) {
        return ObstacleGeoJson.readFeatures(ObstacleGeoJson.parse(body), crs);
    }

    /** An uploaded file: a GeoPackage when its bytes say so, else GeoJSON. */
    List<ObstacleGeoJson.ParsedFeature> readUpload(String fileName, byte[] bytes, String crs) {
        if (ObstacleGeoPackage.looksLikeGeoPackage(bytes)) return readGeoPackage(bytes, crs);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gpkg"))
            throw new ClientProblemException("The file " + fileName + " is named like a GeoPackage but is not one.");
        return readGeoJson(new String(bytes, StandardCharsets.UTF_8), crs);
    }

    private List<ObstacleGeoJson.ParsedFeature> readGeoPackage(byte[] bytes, String crs) {
        Path file = null;
        try {
            file = Files.createTempFile("obstacle-import", ".gpkg");
            Files.write(file, bytes);
            return ObstacleGeoPackage.read(file, crs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnknownCrsException e) {
            throw new ClientProblemException(
                    e.getMessage() + " Give the system with ?crs=EPSG:3006.",
                    IllegalArgumentException.class.getName(),
                    Map.of());
        } finally {
            deleteQuietly(file);
        }
    }

    Export export(String format, List<Obstacle> obstacles, int epsg) {
        String suffix = epsg == CoordinateSystems.WGS84 ? "" : "-epsg" + epsg;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "geojson" -> {
                ObjectNode collection = ObstacleGeoJson.toFeatureCollection(obstacles, epsg);
                return new Export(
                        collection.toString().getBytes(StandardCharsets.UTF_8),
                        ObstacleController.GEO_JSON,
                        "obstacles" + suffix + ".geojson");
            }
            case "gpkg", "geopackage" -> {
                Path file = null;
                try {
                    file = Files.createTempFile("obstacle-export", ".gpkg");
                    ObstacleGeoPackage.write(obstacles, epsg, file);
                    return new Export(
                            Files.readAllBytes(file), ObstacleController.GEOPACKAGE, "obstacles" + suffix + ".gpkg");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    deleteQuietly(file);
                }
            }
            default ->
                throw new ClientProblemException(
                        "Unknown export format '" + ClientText.quote(format) + "'; use geojson or gpkg.");
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
