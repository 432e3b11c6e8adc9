package se.accessiblenav.mapdata.obstacle;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Obstacles as an OGC GeoPackage, the file QGIS and GDAL open directly: one feature table {@code
 * obstacles} with the same attribute names as the GeoJSON properties, in WGS 84 or a projected system
 * such as SWEREF 99 TM. Reading takes every feature table and reprojects from its spatial reference.
 */
public final class ObstacleGeoPackage {
    public static final String TABLE = "obstacles";
    private static final String[] TEXT_COLUMNS = {
        "obstacle_id",
        "kind",
        "severity",
        "description_en",
        "description_sv",
        "valid_from",
        "valid_until",
        "source",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at"
    };

    private ObstacleGeoPackage() {}

    /** Writes the obstacles to a new GeoPackage file (replacing it), in the given EPSG system. */
    public static void write(List<Obstacle> obstacles, int epsg, Path file) {
        CoordinateSystems.Reprojection reprojection = CoordinateSystems.fromWgs84(epsg);
        try {
            Files.deleteIfExists(file);
            GeoPackageManager.create(file.toFile());
            try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
                SpatialReferenceSystem srs = spatialReference(gpkg, epsg);
                GeometryColumns geometryColumns = new GeometryColumns();
                geometryColumns.setId(new TableColumnKey(TABLE, "geom"));
                geometryColumns.setGeometryType(GeometryType.GEOMETRY);
                geometryColumns.setZ((byte) 0);
                geometryColumns.setM((byte) 0);
                geometryColumns.setSrs(srs);
                List<FeatureColumn> columns = new ArrayList<>();
                for (String name : TEXT_COLUMNS) columns.add(FeatureColumn.createColumn(name, GeoPackageDataType.TEXT));
                columns.add(FeatureColumn.createColumn("version", GeoPackageDataType.INTEGER));
                List<Geometry> projected = new ArrayList<>();
                Envelope bounds = new Envelope();
                for (Obstacle o : obstacles) {
                    Geometry g = reprojection.apply(o.data().geometry());
                    projected.add(g);
                    bounds.expandToInclude(g.getEnvelopeInternal());
                }
                mil.nga.geopackage.BoundingBox box = bounds.isNull()
                        ? null
                        : new mil.nga.geopackage.BoundingBox(
                                bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY());
                gpkg.createFeatureTable(FeatureTableMetadata.create(geometryColumns, columns, box));
                FeatureDao dao = gpkg.getFeatureDao(TABLE);
                for (int i = 0; i < obstacles.size(); i++) {
                    Obstacle o = obstacles.get(i);
                    FeatureRow row = dao.newRow();
                    GeoPackageGeometryData data = GeoPackageGeometryData.createFromWkbAndBuildEnvelope(
                            srs.getSrsId(), new WKBWriter().write(projected.get(i)));
                    row.setGeometry(data);
                    row.setValue("obstacle_id", o.id().toString());
                    row.setValue("kind", o.data().kind().code());
                    row.setValue("severity", o.data().severity().code());
                    row.setValue("description_en", o.data().descriptionEn());
                    row.setValue("description_sv", o.data().descriptionSv());
                    row.setValue("valid_from", text(o.data().validFrom()));
                    row.setValue("valid_until", text(o.data().validUntil()));
                    row.setValue("source", o.data().source());
                    row.setValue("created_by", o.createdBy());
                    row.setValue("created_at", text(o.createdAt()));
                    row.setValue("updated_by", o.updatedBy());
                    row.setValue("updated_at", text(o.updatedAt()));
                    row.setValue("version", o.version());
                    dao.create(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write GeoPackage " + file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write GeoPackage " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every feature of every feature table.
     *
     * @param crsName overrides the file's spatial reference (null: use the file's)
     * @throws InvalidObstacleException when the file is not a GeoPackage
     * @throws UnknownCrsException when a table's spatial reference is not an EPSG code we know
     */
    /** Longest a file may take to read: a table can be a view that makes rows without end. */
    static final Duration READ_TIME_LIMIT = Duration.ofSeconds(20);

    public static List<ObstacleGeoJson.ParsedFeature> read(Path file, String crsName) {
        List<ObstacleGeoJson.ParsedFeature> result = new ArrayList<>();
        GeoPackage gpkg;
        try {
            gpkg = GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            throw new InvalidObstacleException(List.of("The file is not a readable GeoPackage."));
        }
        try (gpkg) {
            WKBReader wkb = new WKBReader(ObstacleGeoJson.GEOMETRY);
            long deadline = System.nanoTime() + READ_TIME_LIMIT.toNanos();
            for (String table : featureTables(gpkg)) {
                FeatureDao dao = gpkg.getFeatureDao(table);
                int epsg = crsName != null ? CoordinateSystems.epsgCode(crsName) : epsgOf(dao.getSrs());
                CoordinateSystems.Reprojection toWgs84 = CoordinateSystems.toWgs84(epsg);
                FeatureResultSet rows = dao.queryForAll();
                try {
                    while (rows.moveToNext()) {
                        if (result.size() >= ObstacleGeoJson.MAX_FEATURES)
                            throw new InvalidObstacleException(List.of("The file has more than "
                                    + ObstacleGeoJson.MAX_FEATURES + " features; at most "
                                    + ObstacleGeoJson.MAX_FEATURES
                                    + " are taken at once. Split it into several files."));
                        if (System.nanoTime() > deadline)
                            throw new InvalidObstacleException(List.of("Reading the file took longer than "
                                    + READ_TIME_LIMIT.toSeconds() + " s (" + result.size()
                                    + " features read); split it into smaller files."));
                        FeatureRow row = rows.getRow();
                        int index = result.size();
                        List<String> problems = new ArrayList<>();
                        Geometry geometry = null;
                        try {
                            GeoPackageGeometryData data = row.getGeometry();
                            if (data == null || data.getWkb() == null) problems.add("The geometry is missing.");
                            else geometry = toWgs84.apply(wkb.read(data.getWkb()));
                        } catch (IOException | ParseException | RuntimeException e) {
                            problems.add("The geometry cannot be read (it is not a GeoPackage geometry).");
                        }
                        ObjectNode props = JsonNodeFactory.instance.objectNode();
                        for (String name : row.getColumnNames()) {
                            Object value = row.getValue(name);
                            if (value == null || name.equals(row.getGeometryColumnName())) continue;
                            if (value instanceof Date date)
                                props.put(name, date.toInstant().toString());
                            else if (value instanceof Number n && name.equals("version"))
                                props.put(name, n.longValue());
                            else props.put(name, value.toString());
                        }
                        String id = props.hasNonNull("obstacle_id")
                                ? props.get("obstacle_id").asText()
                                : null;
                        result.add(ObstacleGeoJson.fromParts(index, geometry, problems, props, id));
                    }
                } finally {
                    rows.close();
                }
            }
        } catch (InvalidObstacleException | UnknownCrsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidObstacleException(List.of("The GeoPackage cannot be read after " + result.size()
                    + " features: it is damaged or uses a form this server does not read."));
        }
        return result;
    }

    /** The feature tables; a file without GeoPackage's own tables (a plain SQLite file) is refused. */
    private static List<String> featureTables(GeoPackage gpkg) {
        try {
            return gpkg.getFeatureTables();
        } catch (RuntimeException e) {
            throw new InvalidObstacleException(
                    List.of("The file is an SQLite database but not a GeoPackage (it lacks the GeoPackage tables)."));
        }
    }

    /** WGS 84 is in every GeoPackage; projected systems are added with their WKT from the EPSG registry. */
    private static SpatialReferenceSystem spatialReference(GeoPackage gpkg, int epsg) throws SQLException {
        if (epsg == CoordinateSystems.WGS84)
            return gpkg.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", epsg);
        String wkt = WKT.getProperty(Integer.toString(epsg));
        if (wkt == null)
            throw new UnknownCrsException(
                    "EPSG:" + epsg + " (GeoPackage export supports EPSG:4326, 3006-3018" + " and 3857)");
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsName(wkt.substring(wkt.indexOf('"') + 1, wkt.indexOf('"', wkt.indexOf('"') + 1)));
        srs.setSrsId(epsg);
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(epsg);
        srs.setDefinition(wkt);
        gpkg.getSpatialReferenceSystemDao().create(srs);
        return srs;
    }

    private static final java.util.Properties WKT = loadWkt();

    private static java.util.Properties loadWkt() {
        java.util.Properties wkt = new java.util.Properties();
        try (var in = ObstacleGeoPackage.class.getResourceAsStream("/crs/wkt.properties")) {
            wkt.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return wkt;
    }

    private static int epsgOf(SpatialReferenceSystem srs) {
        String organization = srs.getOrganization() == null ? "" : srs.getOrganization();
        if (organization.equalsIgnoreCase("EPSG")) return (int) srs.getOrganizationCoordsysId();
        throw new UnknownCrsException(organization + ":" + srs.getOrganizationCoordsysId());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** True for the bytes a GeoPackage (SQLite) file starts with. */
    public static boolean looksLikeGeoPackage(byte[] start) {
        byte[] magic = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (start.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (start[i] != magic[i]) return false;
        return true;
    }
}
