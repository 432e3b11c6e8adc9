package se.accessiblenav.voice.geo;

import java.util.Locale;

/** A WGS 84 position in degrees. */
public record LatLon(double lat, double lon) {
    private static final double EARTH_RADIUS_METERS = 6_371_000;

    public LatLon {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180))
            throw new IllegalArgumentException("Not a position on Earth: latitude " + lat + ", longitude " + lon);
    }

    /** Reads {@code "lat,lon"}, as the server's {@code point} parameter takes it. */
    public static LatLon parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 2)
            throw new IllegalArgumentException(
                    "A position is latitude,longitude in degrees (e.g. 59.3355,18.0630); got '" + text + "'");
        try {
            return new LatLon(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "A position is latitude,longitude in degrees (e.g. 59.3355,18.0630); got '" + text + "'");
        }
    }

    /** Great-circle distance (haversine). */
    public double distanceMetersTo(LatLon other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat))
                        * Math.cos(Math.toRadians(other.lat))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Initial bearing towards {@code other}, degrees clockwise from north in [0, 360). */
    public double bearingDegreesTo(LatLon other) {
        double phi1 = Math.toRadians(lat);
        double phi2 = Math.toRadians(other.lat);
        double dLon = Math.toRadians(other.lon - lon);
        double y = Math.sin(dLon) * Math.cos(phi2);
        double x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLon);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }

    /** The position {@code northMeters} north and {@code eastMeters} east of this one (flat Earth; for short moves). */
    public LatLon offsetMeters(double northMeters, double eastMeters) {
        double dLat = Math.toDegrees(northMeters / EARTH_RADIUS_METERS);
        double dLon = Math.toDegrees(eastMeters / (EARTH_RADIUS_METERS * Math.cos(Math.toRadians(lat))));
        return new LatLon(lat + dLat, lon + dLon);
    }

    /** How far north of {@code origin} this position is, in metres (flat Earth, the inverse of {@link #offsetMeters}). */
    public double northMetersFrom(LatLon origin) {
        return Math.toRadians(lat - origin.lat) * EARTH_RADIUS_METERS;
    }

    /** How far east of {@code origin} this position is, in metres (flat Earth, the inverse of {@link #offsetMeters}). */
    public double eastMetersFrom(LatLon origin) {
        return Math.toRadians(lon - origin.lon) * EARTH_RADIUS_METERS * Math.cos(Math.toRadians(origin.lat));
    }

    /** The position {@code meters} away along {@code bearingDegrees}. */
    public LatLon moved(double meters, double bearingDegrees) {
        double b = Math.toRadians(bearingDegrees);
        return offsetMeters(meters * Math.cos(b), meters * Math.sin(b));
    }

    /** {@code "lat,lon"} with seven decimals (1 cm), as the server's {@code point} parameter takes it. */
    public String toParameter() {
        return String.format(Locale.ROOT, "%.7f,%.7f", lat, lon);
    }
}
