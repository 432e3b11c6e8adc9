package se.accessiblenav.mapdata.obstacle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The production backend: the same contract on a real PostgreSQL with PostGIS. {@code .ci/run}
 * installs and starts it and sets {@code OBSTACLE_TEST_POSTGIS_URL}; locally, set it to run this,
 * e.g. {@code jdbc:postgresql://localhost/accessiblenav_test?user=accessiblenav&password=accessiblenav}.
 */
class PostgisObstacleStoreIT extends ObstacleStoreContract {
    static final String URL = System.getenv("OBSTACLE_TEST_POSTGIS_URL");

    private PGSimpleDataSource current;

    @Override
    DataSource emptyDatabase() throws Exception {
        if ("true".equals(System.getenv("REQUIRE_TEST_SERVICES")))
            assertThat(URL).as("OBSTACLE_TEST_POSTGIS_URL (set by .ci/run)").isNotNull();
        assumeTrue(URL != null, "OBSTACLE_TEST_POSTGIS_URL is not set: PostGIS tests not run (CI sets it)");
        current = new PGSimpleDataSource();
        current.setURL(URL);
        try (Connection c = current.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS obstacle, obstacle_audit, obstacle_schema_history");
            s.execute("DROP FUNCTION IF EXISTS obstacle_notify_change() CASCADE");
        }
        return current;
    }

    @Override
    DataSource currentDatabase() {
        return current;
    }
}
