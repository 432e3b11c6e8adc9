package se.accessiblenav.mapdata.obstacle;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * Reprojects planners' geometries to WGS 84 (longitude, latitude) with LocationTech proj4j, and back
 * for exports. Accepts the names GIS tools write: {@code EPSG:3006}, {@code
 * urn:ogc:def:crs:EPSG::3006}, {@code http://www.opengis.net/def/crs/EPSG/0/3006}, and CRS84.
 */
public final class CoordinateSystems {
    public static final int WGS84 = 4326;
    private static final Pattern EPSG = Pattern.compile("(?:EPSG:+|EPSG/0/|EPSG/[0-9.]+/)(\\d+)$");
    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();

    private CoordinateSystems() {}

    /** The EPSG code a CRS name stands for; CRS84 and WGS 84 names give 4326. */
    public static int epsgCode(String name) {
        String trimmed = name == null ? "" : name.trim();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CRS84") || upper.equals("WGS84") || upper.equals("WGS 84")) return WGS84;
        Matcher m = EPSG.matcher(upper);
        if (!m.find()) throw new UnknownCrsException(trimmed);
        int code;
        try {
            code = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw new UnknownCrsException(trimmed);
        }
        definition(code, trimmed);
        return code;
    }

    /** A transform of geometries from the given EPSG code to WGS 84; identity for 4326. */
    public static Reprojection toWgs84(int epsg) {
        if (epsg == WGS84) return Reprojection.IDENTITY;
        return new Reprojection(TRANSFORMS.createTransform(definition(epsg, "EPSG:" + epsg), wgs84()));
    }

    public static Reprojection fromWgs84(int epsg) {
        if (epsg == WGS84) return Reprojection.IDENTITY;
        return new Reprojection(TRANSFORMS.createTransform(wgs84(), definition(epsg, "EPSG:" + epsg)));
    }

    /** The proj.4 definition of a code, for writing a GeoPackage's spatial reference table. */
    public static String proj4Text(int epsg) {
        return definition(epsg, "EPSG:" + epsg).getParameterString();
    }

    public static String projectionName(int epsg) {
        Projection projection = definition(epsg, "EPSG:" + epsg).getProjection();
        return projection == null ? "EPSG:" + epsg : projection.getName();
    }

    private static CoordinateReferenceSystem wgs84() {
        return definition(WGS84, "EPSG:4326");
    }

    private static CoordinateReferenceSystem definition(int code, String asWritten) {
        try {
            CoordinateReferenceSystem crs = CRS.createFromName("EPSG:" + code);
            if (crs == null) throw new UnknownCrsException(asWritten);
            return crs;
        } catch (UnknownCrsException e) {
            throw e;
        } catch (RuntimeException e) { // proj4j: unknown authority code, unsupported parameter
            throw new UnknownCrsException(asWritten);
        }
    }

    /** Transforms every coordinate of a geometry (a copy; the input is left as it was). */
    public static final class Reprojection {
        static final Reprojection IDENTITY = new Reprojection(null);
        private final CoordinateTransform transform;

        private Reprojection(CoordinateTransform transform) {
            this.transform = transform;
        }

        public Geometry apply(Geometry geometry) {
            if (transform == null || geometry == null) return geometry;
            ProjCoordinate in = new ProjCoordinate();
            ProjCoordinate result = new ProjCoordinate();
            CoordinateMapping mapping = (x, y, out) -> {
                in.x = x;
                in.y = y;
                transform.transform(in, result);
                out[0] = result.x;
                out[1] = result.y;
            };
            return mapping.applyTo(geometry);
        }
    }
}
