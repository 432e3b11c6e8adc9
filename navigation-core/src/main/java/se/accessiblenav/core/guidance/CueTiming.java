package se.accessiblenav.core.guidance;

import java.util.List;

/** Announcement distances that follow walking speed. */
record CueTiming(GuidanceOptions options) {
    double lead() {
        return Math.max(10, round5(options.walkingSpeedMetersPerSecond() * options.leadSeconds()));
    }

    /** Crossings are announced earlier: the walker needs time to find the push button and the kerb. */
    double crossingLead() {
        return Math.max(15, round5(1.5 * options.walkingSpeedMetersPerSecond() * options.leadSeconds()));
    }

    double atPoint() {
        return Math.max(3, Math.round(options.walkingSpeedMetersPerSecond() * 2));
    }

    List<Double> normal() {
        return List.of(lead(), atPoint());
    }

    private static double round5(double value) {
        return Math.round(value / 5) * 5;
    }
}
