package se.accessiblenav.mapdata.obstacle;

/** The database behind the store failed (not the caller's mistake). */
public final class ObstacleStoreException extends RuntimeException {
    public ObstacleStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
