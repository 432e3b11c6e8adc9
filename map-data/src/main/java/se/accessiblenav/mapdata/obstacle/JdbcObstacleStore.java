package se.accessiblenav.mapdata.obstacle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The obstacle store on a JDBC database: H2 (embedded default, a file, no server) or PostgreSQL with
 * PostGIS. The schema is created and upgraded by versioned Flyway migrations when the store opens.
 */
public final class JdbcObstacleStore implements ObstacleStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcObstacleStore.class);
    private static final String COLUMNS = "id, %s, kind, severity, description_en, description_sv, valid_from,"
            + " valid_until, source, created_by, created_at, updated_by, updated_at, version";

    private final DataSource dataSource;
    private final SpatialDialect dialect;
    private final Clock clock;
    private final String selectColumns;

    private JdbcObstacleStore(DataSource dataSource, SpatialDialect dialect, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.clock = clock;
        this.selectColumns = COLUMNS.formatted(dialect.geometrySelect);
    }

    /** Opens the store on a database, creating or upgrading its schema first. */
    public static JdbcObstacleStore open(DataSource dataSource) {
        return open(dataSource, Clock.systemUTC());
    }

    public static JdbcObstacleStore open(DataSource dataSource, Clock clock) {
        SpatialDialect dialect;
        try (Connection c = dataSource.getConnection()) {
            dialect = SpatialDialect.of(c.getMetaData().getDatabaseProductName());
            if (dialect == SpatialDialect.H2) H2Durability.writeEveryCommit(c);
        } catch (SQLException e) {
            throw new ObstacleStoreException("Cannot connect to the obstacle database: " + e.getMessage(), e);
        }
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/obstacles/" + dialect.migrations)
                .table("obstacle_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(
                "Obstacle store ready on {} (schema version {}, {} migration(s) applied)",
                dialect == SpatialDialect.H2 ? "H2" : "PostGIS",
                result.targetSchemaVersion,
                result.migrationsExecuted);
        return new JdbcObstacleStore(dataSource, dialect, clock);
    }

    @Override
    public Obstacle create(ObstacleDraft draft, String actor) {
        ObstacleValidator.check(draft);
        return inTransaction(c -> insert(c, draft, actor));
    }

    @Override
    public List<Obstacle> createAll(List<ObstacleDraft> drafts, String actor) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++)
            for (String p : ObstacleValidator.problems(drafts.get(i))) problems.add("Feature " + i + ": " + p);
        if (!problems.isEmpty()) throw new InvalidObstacleException(problems);
        return inTransaction(c -> {
            List<Obstacle> created = new ArrayList<>(drafts.size());
            for (ObstacleDraft draft : drafts) created.add(insert(c, draft, actor));
            return created;
        });
    }

    @Override
    public Obstacle update(UUID id, ObstacleDraft draft, long expectedVersion, String actor) {
        ObstacleValidator.check(draft);
        return inTransaction(c -> {
            Obstacle before = lockCurrent(c, id, expectedVersion);
            Instant now = now();
            Obstacle after =
                    new Obstacle(id, draft, before.createdBy(), before.createdAt(), actor, now, before.version() + 1);
            String sql = "UPDATE obstacle SET geometry = " + dialect.geometryParameter
                    + ", min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ?, kind = ?, severity = ?,"
                    + " description_en = ?, description_sv = ?, valid_from = ?, valid_until = ?, source = ?,"
                    + " updated_by = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = ObstacleRows.bind(s, 1, draft);
                s.setString(i++, actor);
                s.setObject(i++, ObstacleRows.offset(now));
                s.setLong(i++, after.version());
                s.setObject(i++, id);
                s.setLong(i, expectedVersion);
                if (s.executeUpdate() != 1) throw new VersionConflictException(id, expectedVersion, -1);
            }
            audit(c, id, AuditEntry.Action.UPDATE, actor, now, before, after);
            return after;
        });
    }

    @Override
    public void delete(UUID id, long expectedVersion, String actor) {
        inTransaction(c -> {
            Obstacle before = lockCurrent(c, id, expectedVersion);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM obstacle WHERE id = ? AND version = ?")) {
                s.setObject(1, id);
                s.setLong(2, expectedVersion);
                s.executeUpdate();
            }
            audit(c, id, AuditEntry.Action.DELETE, actor, now(), before, null);
            return null;
        });
    }

    @Override
    public Optional<Obstacle> find(UUID id) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + selectColumns + " FROM obstacle WHERE id = ?")) {
                s.setObject(1, id);
                List<Obstacle> found = ObstacleRows.readAll(s);
                return found.stream().findFirst();
            }
        });
    }

    @Override
    public List<Obstacle> list(ObstacleQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + selectColumns + " FROM obstacle WHERE 1 = 1");
        if (query.area() != null) sql.append(" AND ").append(dialect.areaPredicate);
        if (query.activeAt() != null)
            sql.append(" AND (valid_from IS NULL OR valid_from <= ?) AND (valid_until IS NULL OR valid_until > ?)");
        sql.append(" ORDER BY created_at, id");
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                int i = 1;
                if (query.area() != null) {
                    s.setDouble(i++, query.area().west());
                    s.setDouble(i++, query.area().south());
                    s.setDouble(i++, query.area().east());
                    s.setDouble(i++, query.area().north());
                }
                if (query.activeAt() != null) {
                    s.setObject(i++, ObstacleRows.offset(query.activeAt()));
                    s.setObject(i, ObstacleRows.offset(query.activeAt()));
                }
                return ObstacleRows.readAll(s);
            }
        });
    }

    @Override
    public List<AuditEntry> audit(UUID obstacleId, int limit) {
        String sql = "SELECT seq, obstacle_id, action, actor, at, before_feature, after_feature FROM obstacle_audit"
                + (obstacleId == null ? "" : " WHERE obstacle_id = ?") + " ORDER BY seq DESC LIMIT ?";
        return inTransaction(c -> {
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
        });
    }

    @Override
    public long changeCounter() {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM obstacle_audit");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private Obstacle insert(Connection c, ObstacleDraft draft, String actor) throws SQLException {
        Instant now = now();
        Obstacle obstacle = new Obstacle(UUID.randomUUID(), draft, actor, now, actor, now, 1);
        String sql = "INSERT INTO obstacle (id, geometry, min_lon, min_lat, max_lon, max_lat, kind, severity,"
                + " description_en, description_sv, valid_from, valid_until, source, created_by, created_at,"
                + " updated_by, updated_at, version) VALUES (?, " + dialect.geometryParameter
                + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, obstacle.id());
            int i = ObstacleRows.bind(s, 2, draft);
            s.setString(i++, actor);
            s.setObject(i++, ObstacleRows.offset(now));
            s.setString(i++, actor);
            s.setObject(i++, ObstacleRows.offset(now));
            s.setLong(i, 1);
            s.executeUpdate();
        }
        audit(c, obstacle.id(), AuditEntry.Action.CREATE, actor, now, null, obstacle);
        return obstacle;
    }

    private Obstacle lockCurrent(Connection c, UUID id, long expectedVersion) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + selectColumns + " FROM obstacle WHERE id = ? FOR UPDATE")) {
            s.setObject(1, id);
            Obstacle current =
                    ObstacleRows.readAll(s).stream().findFirst().orElseThrow(() -> new ObstacleNotFoundException(id));
            if (current.version() != expectedVersion)
                throw new VersionConflictException(id, expectedVersion, current.version());
            return current;
        }
    }

    private void audit(
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

    /** Microseconds: what both databases keep, so a stored obstacle reads back equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ObstacleStoreException("The obstacle database failed: " + e.getMessage(), e);
        }
    }
}
