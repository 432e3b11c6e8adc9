package se.accessiblenav.mapdata.obstacle;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears, on PostgreSQL, every committed change to the obstacles, from this server or any other on the same
 * database ({@code LISTEN obstacle_changes}; the store's migration V2 notifies from a trigger on the audit
 * table), and runs a callback for each batch at once. Holds one connection of its own; when it breaks, waits
 * and listens again, and calls back once after reconnecting, since changes may have been missed meanwhile.
 * H2 has no such notifications: {@link #start} gives nothing there, and polling the store's change counter
 * is all there is.
 */
public final class ObstacleChangeListener implements AutoCloseable {
    static final String CHANNEL = "obstacle_changes";
    private static final Logger LOG = LoggerFactory.getLogger(ObstacleChangeListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    private ObstacleChangeListener(DataSource dataSource, Runnable onChange) {
        this.dataSource = dataSource;
        this.onChange = onChange;
        this.thread = new Thread(this::listen, "obstacle-change-listener");
        thread.setDaemon(true);
    }

    /**
     * Starts listening when the database is PostgreSQL; empty otherwise.
     *
     * @param onChange run on the listener's thread after each batch of committed changes
     */
    public static Optional<ObstacleChangeListener> start(DataSource dataSource, Runnable onChange) {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) return Optional.empty();
        } catch (SQLException e) {
            throw new ObstacleStoreException("The obstacle database failed: " + e.getMessage(), e);
        }
        ObstacleChangeListener listener = new ObstacleChangeListener(dataSource, onChange);
        listener.thread.start();
        return Optional.of(listener);
    }

    private void listen() {
        boolean reconnected = false;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                connection = c;
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                LOG.info("Listening for obstacle changes from every server on the database");
                if (reconnected) notifyQuietly(); // changes may have been committed while we were away
                while (running) {
                    PGNotification[] batch = pg.getNotifications(WAIT_MILLIS);
                    if (batch != null && batch.length > 0) notifyQuietly();
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) return;
                LOG.warn(
                        "Lost the obstacle change notifications ({}); listening again in {} s, polling meanwhile",
                        e.getMessage(),
                        RECONNECT_DELAY.toSeconds());
                reconnected = true;
                sleep(RECONNECT_DELAY);
            }
        }
    }

    private void notifyQuietly() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not apply an obstacle change (the poll will): {}", e.getMessage());
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
