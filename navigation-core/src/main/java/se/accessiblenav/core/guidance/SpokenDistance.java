package se.accessiblenav.core.guidance;

import java.text.NumberFormat;

/** Distances rounded the way people say them, in metres and in steps. */
final class SpokenDistance {
    private SpokenDistance() {}

    /** Under 20 m to 5 m (at least 5), under 100 m to 10 m, under 1 km to 50 m, beyond to 100 m. */
    static long roundMeters(double meters) {
        if (meters < 20) return Math.max(5, Math.round(meters / 5) * 5);
        if (meters < 100) return Math.round(meters / 10) * 10;
        if (meters < 1000) return Math.round(meters / 50) * 50;
        return Math.round(meters / 100) * 100;
    }

    /** Steps, rounded like the metres they stand for. */
    static long roundSteps(double meters, double stepLengthMeters) {
        double steps = meters / stepLengthMeters;
        if (steps < 20) return Math.max(1, Math.round(steps));
        if (steps < 100) return Math.round(steps / 5) * 5;
        return Math.round(steps / 10) * 10;
    }

    /**
     * Under 4 m: "a few steps"; otherwise metres and steps, rounded. Whole numbers go to the message as
     * they are (it writes them as the locale does); only kilometres need a number format of their own.
     */
    static String say(Messages messages, double meters, double stepLengthMeters) {
        if (meters < 4) return messages.get("distance.few.steps");
        long rounded = roundMeters(meters);
        if (rounded >= 1000) {
            NumberFormat number = NumberFormat.getInstance(messages.locale());
            number.setMaximumFractionDigits(1);
            return messages.get("distance.kilometres", number.format(rounded / 1000.0));
        }
        return messages.get("distance.metres", rounded, roundSteps(meters, stepLengthMeters));
    }
}
