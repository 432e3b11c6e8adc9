package se.accessiblenav.core.guidance;

/** A change of direction, from the bearing before to the bearing after, in clock-face or left/right words. */
final class Direction {
    private Direction() {}

    /** Relative bearing in [0, 360): 0 straight on, 90 right, 270 left. */
    static double relativeBearing(double bearingIn, double bearingOut) {
        double relative = (bearingOut - bearingIn) % 360;
        return relative < 0 ? relative + 360 : relative;
    }

    /** The signed turn in (-180, 180]: negative to the left. */
    static double signedTurn(double bearingIn, double bearingOut) {
        double relative = relativeBearing(bearingIn, bearingOut);
        return relative > 180 ? relative - 360 : relative;
    }

    /** Clock-face hour of a relative bearing: round(bearing / 30), 0 is 12 o'clock. */
    static int clockHour(double relativeBearing) {
        int hour = (int) Math.round(relativeBearing / 30) % 12;
        return hour == 0 ? 12 : hour;
    }

    /**
     * The message key of a left/right wording for a signed turn; the boundaries lie between clock hours:
     * 1-2 o'clock slightly, 3-4 plain, 5 sharply, 6 around (and mirrored to the left).
     */
    static String leftRightKey(double signedTurn) {
        double amount = Math.abs(signedTurn);
        String side = signedTurn < 0 ? "left" : "right";
        if (amount >= 165) return "direction.uturn";
        if (amount >= 135) return "direction." + side + ".sharp";
        if (amount >= 75) return "direction." + side;
        return "direction." + side + ".slight";
    }

    /** The message key of a compass direction (8 points) for an absolute bearing. */
    static String compassKey(double bearing) {
        String[] points = {"n", "ne", "e", "se", "s", "sw", "w", "nw"};
        int index = (int) Math.round(((bearing % 360) + 360) % 360 / 45) % 8;
        return "heading." + points[index];
    }
}
