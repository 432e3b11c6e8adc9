package se.accessiblenav.mapdata.extract;

import java.util.Locale;

/** A WGS 84 box, validated: south < north, west < east, inside the valid ranges. */
public record BoundingBox(double south, double west, double north, double east) {
    public BoundingBox {
        if (south < -90 || north > 90 || west < -180 || east > 180)
            throw new IllegalArgumentException(
                    "Bounding box outside WGS 84 ranges: " + describe(south, west, north, east));
        if (south >= north || west >= east)
            throw new IllegalArgumentException(
                    "Bounding box must have south < north and west < east: " + describe(south, west, north, east));
    }

    /** Parses "west,south,east,north" (the order of the data README and of osmium). */
    public static BoundingBox parseWestSouthEastNorth(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4)
            throw new IllegalArgumentException("Bounding box must be 'west,south,east,north', got '" + text + "'");
        try {
            return new BoundingBox(
                    Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[0].trim()),
                    Double.parseDouble(parts[3].trim()),
                    Double.parseDouble(parts[2].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Bounding box must be four numbers 'west,south,east,north', got '" + text + "'");
        }
    }

    /** Overpass order: south,west,north,east. */
    public String toOverpass() {
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", south, west, north, east);
    }

    private static String describe(double s, double w, double n, double e) {
        return String.format(Locale.ROOT, "south=%s west=%s north=%s east=%s", s, w, n, e);
    }
}
