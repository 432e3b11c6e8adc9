package se.accessiblenav.mapdata.obstacle;

import java.time.Instant;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Drafts used across the obstacle tests: small shapes near Hötorget, Stockholm. */
final class TestObstacles {
    private TestObstacles() {}

    static Geometry point(double lon, double lat) {
        return ObstacleGeoJson.GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    static Geometry line(double... lonLat) {
        Coordinate[] coords = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < coords.length; i++) coords[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        return ObstacleGeoJson.GEOMETRY.createLineString(coords);
    }

    static Geometry square(double lon, double lat, double size) {
        return ObstacleGeoJson.GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(lon, lat),
            new Coordinate(lon + size, lat),
            new Coordinate(lon + size, lat + size),
            new Coordinate(lon, lat + size),
            new Coordinate(lon, lat)
        });
    }

    /** A self-intersecting polygon (invalid). */
    static Geometry bowtie(double lon, double lat, double size) {
        return ObstacleGeoJson.GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(lon, lat),
            new Coordinate(lon + size, lat + size),
            new Coordinate(lon + size, lat),
            new Coordinate(lon, lat + size),
            new Coordinate(lon, lat)
        });
    }

    static ObstacleDraft scaffolding(Geometry geometry) {
        return new ObstacleDraft(
                geometry,
                ObstacleKind.SCAFFOLDING,
                Severity.HAZARD,
                "Scaffolding over the sidewalk",
                "Byggställning över trottoaren",
                null,
                null,
                "test");
    }

    static ObstacleDraft works(Geometry geometry, Instant from, Instant until) {
        return new ObstacleDraft(
                geometry, ObstacleKind.CONSTRUCTION, Severity.BLOCKING, "Road works", "Vägarbete", from, until, "test");
    }
}
