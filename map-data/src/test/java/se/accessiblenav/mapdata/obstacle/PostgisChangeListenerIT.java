package se.accessiblenav.mapdata.obstacle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.point;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.scaffolding;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * On PostGIS, a write through one store (one server) reaches a listener on another connection (another
 * server) as soon as it commits, well within a second; on H2 there is nothing to listen to.
 */
class PostgisChangeListenerIT {
    @Test
    void aWriteOnOneServerIsHeardOnAnotherAtOnce() throws Exception {
        if ("true".equals(System.getenv("REQUIRE_TEST_SERVICES")))
            assertThat(PostgisObstacleStoreIT.URL)
                    .as("OBSTACLE_TEST_POSTGIS_URL (set by .ci/run)")
                    .isNotNull();
        assumeTrue(PostgisObstacleStoreIT.URL != null, "OBSTACLE_TEST_POSTGIS_URL is not set: PostGIS tests not run");
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(PostgisObstacleStoreIT.URL);
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS obstacle, obstacle_audit, obstacle_schema_history");
            s.execute("DROP FUNCTION IF EXISTS obstacle_notify_change() CASCADE");
        }
        ObstacleStore writer = JdbcObstacleStore.open(database);
        LinkedBlockingQueue<Long> heard = new LinkedBlockingQueue<>();
        try (ObstacleChangeListener listener = ObstacleChangeListener.start(
                        database, () -> heard.add(System.nanoTime()))
                .orElseThrow()) {
            Thread.sleep(300); // the listener's LISTEN
            for (int i = 0; i < 5; i++) {
                long written = System.nanoTime();
                writer.create(scaffolding(point(18.0632 + i * 0.001, 59.3345)), "anna");
                Long at = heard.poll(5, TimeUnit.SECONDS);
                assertThat(at).as("write %d heard", i).isNotNull();
                assertThat((at - written) / 1e6)
                        .as("ms from the write to the listener")
                        .isLessThan(1000);
                heard.clear();
            }
        }
    }

    @Test
    void theEmbeddedStoreHasNoNotifications() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:listener-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcObstacleStore.open(h2);
        Optional<ObstacleChangeListener> listener = ObstacleChangeListener.start(h2, () -> {});
        assertThat(listener).isEmpty();
    }
}
