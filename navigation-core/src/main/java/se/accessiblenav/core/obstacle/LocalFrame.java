package se.accessiblenav.core.obstacle;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import se.accessiblenav.mapdata.obstacle.CoordinateMapping;

/**
 * Metres east and north of a reference point (equirectangular): distances between obstacles and
 * ways are a few metres inside one city, where this is exact to well under 1 %.
 */
final class LocalFrame {
    private static final double METERS_PER_DEGREE_LAT = 110_574;
    private static final double METERS_PER_DEGREE_LON_AT_EQUATOR = 111_320;

    private final double lat0;
    private final double lon0;
    private final double metersPerDegreeLon;

    LocalFrame(double lat0, double lon0) {
        this.lat0 = lat0;
        this.lon0 = lon0;
        this.metersPerDegreeLon = METERS_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat0));
    }

    double x(double lon) {
        return (lon - lon0) * metersPerDegreeLon;
    }

    double y(double lat) {
        return (lat - lat0) * METERS_PER_DEGREE_LAT;
    }

    double lon(double x) {
        return lon0 + x / metersPerDegreeLon;
    }

    double lat(double y) {
        return lat0 + y / METERS_PER_DEGREE_LAT;
    }

    /** Degrees of latitude and longitude that {@code meters} span here (for search boxes). */
    double degreesLat(double meters) {
        return meters / METERS_PER_DEGREE_LAT;
    }

    double degreesLon(double meters) {
        return meters / metersPerDegreeLon;
    }

    Coordinate toLocal(double lat, double lon) {
        return new Coordinate(x(lon), y(lat));
    }

    /** A copy of a WGS 84 geometry (x = longitude) in local metres. */
    Geometry toLocal(Geometry wgs84) {
        CoordinateMapping toMeters = (lon, lat, out) -> {
            out[0] = x(lon);
            out[1] = y(lat);
        };
        return toMeters.applyTo(wgs84);
    }
}
