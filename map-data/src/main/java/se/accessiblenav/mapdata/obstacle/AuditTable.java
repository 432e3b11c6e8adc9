package se.accessiblenav.mapdata.obstacle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code obstacle_audit} table: every change with who made it, when, and the feature before and after. */
final class AuditTable {
    private AuditTable() {}

    static void write(
            Connection c, UUID id, AuditEntry.Action action, String actor, Instant at, Obstacle before, Obstacle after)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO obstacle_audit (obstacle_id, action, actor, at,"
                + " before_feature, after_feature) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, action.name());
            s.setString(3, actor);
            s.setObject(4, ObstacleRows.offset(at));
            s.setString(5, before == null ? null : ObstacleGeoJson.toFeatureText(before));
            s.setString(6, after == null ? null : ObstacleGeoJson.toFeatureText(after));
            s.executeUpdate();
        }
    }

    /** Newest first; {@code obstacleId} null for every obstacle's changes. */
    static List<AuditEntry> read(Connection c, UUID obstacleId, int limit) throws SQLException {
        String sql = "SELECT seq, obstacle_id, action, actor, at, before_feature, after_feature FROM obstacle_audit"
                + (obstacleId == null ? "" : " WHERE obstacle_id = ?") + " ORDER BY seq DESC LIMIT ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (obstacleId != null) s.setObject(i++, obstacleId);
            s.setInt(i, limit);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next())
                    entries.add(new AuditEntry(
                            r.getLong(1),
                            r.getObject(2, UUID.class),
                            AuditEntry.Action.valueOf(r.getString(3)),
                            r.getString(4),
                            r.getObject(5, OffsetDateTime.class).toInstant(),
                            r.getString(6),
                            r.getString(7)));
            }
            return entries;
        }
    }
}
