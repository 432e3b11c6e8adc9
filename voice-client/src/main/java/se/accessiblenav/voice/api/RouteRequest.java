package se.accessiblenav.voice.api;

import se.accessiblenav.voice.geo.LatLon;

/** What the client asks of {@code /route}: where from and to, the walker profile, the language and walking speed. */
public record RouteRequest(
        LatLon from, LatLon to, String profile, String language, double walkingSpeedMetersPerSecond) {
    public RouteRequest from(LatLon newStart) {
        return new RouteRequest(newStart, to, profile, language, walkingSpeedMetersPerSecond);
    }
}
