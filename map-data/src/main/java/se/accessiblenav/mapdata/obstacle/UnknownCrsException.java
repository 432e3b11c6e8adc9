package se.accessiblenav.mapdata.obstacle;

public final class UnknownCrsException extends RuntimeException {
    public UnknownCrsException(String name) {
        super("Unknown coordinate reference system '" + name
                + "'. Use an EPSG code such as EPSG:4326 (WGS 84), EPSG:3006 (SWEREF 99 TM) or EPSG:3011"
                + " (SWEREF 99 18 00).");
    }
}
