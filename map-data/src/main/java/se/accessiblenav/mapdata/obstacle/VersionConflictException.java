package se.accessiblenav.mapdata.obstacle;

import java.util.UUID;

/** The obstacle was changed by someone else since the writer read it. */
public final class VersionConflictException extends RuntimeException {
    private final long currentVersion;

    public VersionConflictException(UUID id, long expectedVersion, long currentVersion) {
        super("Obstacle " + id + " was changed by someone else: you edited version " + expectedVersion
                + ", the current version is " + currentVersion + ". Reload it and apply your change again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
