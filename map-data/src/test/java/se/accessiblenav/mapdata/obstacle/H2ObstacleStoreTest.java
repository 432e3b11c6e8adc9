package se.accessiblenav.mapdata.obstacle;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file database, as the server uses without configuration. */
class H2ObstacleStoreTest extends ObstacleStoreContract {
    @TempDir
    Path dir;

    private JdbcDataSource current;

    @Override
    DataSource emptyDatabase() {
        current = new JdbcDataSource();
        current.setURL("jdbc:h2:file:" + dir.resolve("obstacles").toAbsolutePath());
        return current;
    }

    @Override
    DataSource currentDatabase() {
        return current;
    }
}
