package se.accessiblenav.mapdata.obstacle;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * How an obstacle is a row of the {@code obstacle} table, on H2 and PostGIS alike: the geometry as WKB
 * with its bounds beside it, kinds and severities by name, times with their offset (UTC).
 */
final class ObstacleRows {
    private ObstacleRows() {}

    /** Binds geometry, bounds and the planner's fields from {@code first}; returns the next index. */
    static int bind(PreparedStatement s, int first, ObstacleDraft d) throws SQLException {
        int i = first;
        Envelope bounds = d.geometry().getEnvelopeInternal();
        s.setBytes(i++, new WKBWriter().write(d.geometry()));
        s.setDouble(i++, bounds.getMinX());
        s.setDouble(i++, bounds.getMinY());
        s.setDouble(i++, bounds.getMaxX());
        s.setDouble(i++, bounds.getMaxY());
        s.setString(i++, d.kind().name());
        s.setString(i++, d.severity().name());
        s.setString(i++, d.descriptionEn());
        s.setString(i++, d.descriptionSv());
        setInstant(s, i++, d.validFrom());
        setInstant(s, i++, d.validUntil());
        s.setString(i++, d.source());
        return i;
    }

    /** Every obstacle the query gives, geometry from WKB in WGS 84. */
    static List<Obstacle> readAll(PreparedStatement s) throws SQLException {
        List<Obstacle> result = new ArrayList<>();
        WKBReader wkb = new WKBReader(ObstacleGeoJson.GEOMETRY);
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Geometry geometry;
                try {
                    geometry = wkb.read(r.getBytes("geometry"));
                } catch (ParseException e) {
                    throw new SQLException("Unreadable geometry of obstacle " + r.getString("id"), e);
                }
                geometry.setSRID(CoordinateSystems.WGS84);
                ObstacleDraft data = new ObstacleDraft(
                        geometry,
                        ObstacleKind.valueOf(r.getString("kind")),
                        Severity.valueOf(r.getString("severity")),
                        r.getString("description_en"),
                        r.getString("description_sv"),
                        instant(r, "valid_from"),
                        instant(r, "valid_until"),
                        r.getString("source"));
                result.add(new Obstacle(
                        r.getObject("id", UUID.class),
                        data,
                        r.getString("created_by"),
                        instant(r, "created_at"),
                        r.getString("updated_by"),
                        instant(r, "updated_at"),
                        r.getLong("version")));
            }
        }
        return result;
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        else s.setObject(index, offset(value));
    }

    static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
