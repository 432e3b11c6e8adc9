package se.accessiblenav.mapdata.obstacle;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded H2 store keep every write it acknowledged. By default H2 writes committed changes to
 * its file up to half a second later ({@code WRITE_DELAY} 500 ms): obstacles answered {@code 201} just
 * before a crash were gone after the restart. With a delay of 0 every commit is in the file before the
 * commit returns, so a killed process loses nothing it acknowledged (the operating system holds the
 * written pages; a power cut is PostGIS's job with its write-ahead log).
 */
final class H2Durability {
    private static final Logger LOG = LoggerFactory.getLogger(H2Durability.class);

    private H2Durability() {}

    static void writeEveryCommit(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            LOG.warn(
                    "Could not make the H2 obstacle store write every commit at once ({}); writes acknowledged up to"
                            + " half a second before a crash may be lost. Connect as the database's admin user.",
                    e.getMessage());
        }
    }
}
