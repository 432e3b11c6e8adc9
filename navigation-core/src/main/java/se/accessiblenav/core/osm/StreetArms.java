package se.accessiblenav.core.osm;

/**
 * Whether two ways that carry the same street name at a node are one street or cross each other there,
 * judged from the bearings of their arms (the directions in which each way leaves the node).
 *
 * <p>One street: a street split into several ways, or the two carriageways of a dual carriageway
 * joining. Crossing: the short link between the two carriageways, which often carries the street's name
 * too, or a street that meets itself at a junction. The route-safety count ({@code CrossingCounter})
 * judges the same case along the walk, with the same angle.
 */
final class StreetArms {
    /** An arm within this angle of the line of the other way's arms runs along it. */
    static final double ALONG_DEGREES = 40;

    private StreetArms() {}

    /** True when every arm of each way runs along the line of an arm of the other. Bearings in degrees. */
    static boolean areOneStreet(double[] armBearings, double[] otherArmBearings) {
        return allRunAlong(armBearings, otherArmBearings) && allRunAlong(otherArmBearings, armBearings);
    }

    private static boolean allRunAlong(double[] arms, double[] lines) {
        for (double arm : arms) {
            boolean along = false;
            for (double line : lines) along |= angleToLine(arm, line) < ALONG_DEGREES;
            if (!along) return false;
        }
        return true;
    }

    /** The angle between a bearing and the line through another bearing, 0 to 90 degrees. */
    static double angleToLine(double bearing, double lineBearing) {
        double turn = Math.abs(bearing - lineBearing) % 360;
        turn = Math.min(turn, 360 - turn);
        return Math.min(turn, 180 - turn);
    }
}
