package se.accessiblenav.server.bench;

import java.util.Arrays;

/** p50 and p95 of measured durations in milliseconds. */
record Percentiles(double p50, double p95, int samples) {
    static Percentiles of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Percentiles(at(sorted, 0.50), at(sorted, 0.95), sorted.length);
    }

    private static double at(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
