package se.accessiblenav.core.routing;

/**
 * What the obstacle changes have cost the landmarks so far, on this server.
 *
 * @param checks checks after a change (each routes the probe's walks once per profile)
 * @param preparations landmark preparations of one profile for the active obstacles
 * @param lastCheckMillis time of the last check, preparations included
 * @param preparedProfiles profiles whose routes now use landmarks prepared for the active obstacles
 */
public record ObstacleLandmarkStatus(long checks, long preparations, long lastCheckMillis, int preparedProfiles) {}
