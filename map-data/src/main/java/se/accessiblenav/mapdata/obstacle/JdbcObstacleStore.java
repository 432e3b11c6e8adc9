package se.accessiblenav.mapdata.obstacle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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
        return inTransaction(c -> insert(c, UUID.randomUUID(), draft, actor));
    }

    @Override
    public List<Obstacle> createAll(List<ObstacleDraft> drafts, String actor) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++)
            for (String p : ObstacleValidator.problems(drafts.get(i))) problems.add("Feature " + i + ": " + p);
        if (!problems.isEmpty()) throw new InvalidObstacleException(problems);
        return inTransaction(c -> {
            List<Obstacle> created = new ArrayList<>(drafts.size());
            for (ObstacleDraft draft : drafts) created.add(insert(c, UUID.randomUUID(), draft, actor));
            return created;
        });
    }

    @Override
    public Obstacle update(UUID id, ObstacleDraft draft, long expectedVersion, String actor) {
        ObstacleValidator.check(draft);
        return inTransaction(c -> replace(c, lockCurrent(c, id, expectedVersion), draft, actor));
    }

    /**
     * Stores a file's features in one transaction: a feature whose id is stored updates that obstacle (if the
     * file names the version it was exported at, that must still be the current one), a feature with the same
     * content as its stored obstacle leaves it as it is, and any other feature is created, with the file's id
     * when it has one. Importing the same file twice changes nothing the second time.
     */
    @Override
    public ImportResult importAll(List<ImportedObstacle> items, String actor) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++)
            for (String p : ObstacleValidator.problems(items.get(i).draft())) problems.add("Feature " + i + ": " + p);
        if (!problems.isEmpty()) throw new InvalidObstacleException(problems);
        return inTransaction(c -> {
            ImportResult.Builder result = new ImportResult.Builder();
            for (ImportedObstacle item : items) {
                Optional<Obstacle> stored = item.id() == null ? Optional.empty() : lockIfStored(c, item.id());
                if (stored.isEmpty())
                    result.created(insert(c, item.id() == null ? UUID.randomUUID() : item.id(), item.draft(), actor));
                else if (ImportedObstacle.sameContent(stored.get().data(), item.draft()))
                    result.unchanged(stored.get());
                else {
                    Obstacle current = stored.get();
                    if (item.version() != null && item.version() != current.version())
                        throw new VersionConflictException(current.id(), item.version(), current.version());
                    result.updated(replace(c, current, item.draft(), actor));
                }
            }
            return result.build();
        });
    }

    /** The obstacle's next version with the new draft, and its audit entry. */
    private Obstacle replace(Connection c, Obstacle before, ObstacleDraft draft, String actor) throws SQLException {
        Instant now = now();
        Obstacle after = new Obstacle(
                before.id(), draft, before.createdBy(), before.createdAt(), actor, now, before.version() + 1);
        String sql = "UPDATE obstacle SET geometry = " + dialect.geometryParameter
                + ", min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ?, kind = ?, severity = ?,"
                + " description_en = ?, description_sv = ?, valid_from = ?, valid_until = ?, source = ?,"
                + " updated_by = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = ObstacleRows.bind(s, 1, draft);
            s.setString(i++, actor);
            s.setObject(i++, ObstacleRows.offset(now));
            s.setLong(i++, after.version());
            s.setObject(i++, before.id());
            s.setLong(i, before.version());
            if (s.executeUpdate() != 1) throw new VersionConflictException(before.id(), before.version(), -1);
        }
        AuditTable.write(c, before.id(), AuditEntry.Action.UPDATE, actor, now, before, after);
        return after;
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
            AuditTable.write(c, id, AuditEntry.Action.DELETE, actor, now(), before, null);
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
        return inTransaction(c -> AuditTable.read(c, obstacleId, limit));
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

    private Obstacle insert(Connection c, UUID id, ObstacleDraft draft, String actor) throws SQLException {
        Instant now = now();
        Obstacle obstacle = new Obstacle(id, draft, actor, now, actor, now, 1);
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
        AuditTable.write(c, obstacle.id(), AuditEntry.Action.CREATE, actor, now, null, obstacle);
        return obstacle;
    }

    private Optional<Obstacle> lockIfStored(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + selectColumns + " FROM obstacle WHERE id = ? FOR UPDATE")) {
            s.setObject(1, id);
            return ObstacleRows.readAll(s).stream().findFirst();
        }
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
