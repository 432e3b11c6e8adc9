package se.accessiblenav.core.guidance;

import java.util.List;
import java.util.Objects;

/**
 * The guidance for a trip with public transport: a summary of the whole trip and, for each of its legs in
 * order, the leg's own guidance (a walk's cues as for any walk; a ride's wait, stops and getting off).
 *
 * @param language the language the texts are in
 * @param languageFallback true when the requested language is not available and English was used
 * @param summaryShort spoken summary, short form
 * @param summaryFull spoken summary: each leg in a sentence, the arrival time and the trip's duration
 * @param leave when the walker sets off: early enough to walk the guided way to the first stop and be there
 *     before the vehicle leaves
 * @param arrive when the walker reaches the destination, after the guided last walk
 * @param walkMeters the length of all the guided walks together
 * @param legs one per leg of the trip, in order
 */
public record TripGuidance(
        String language,
        boolean languageFallback,
        String summaryShort,
        String summaryFull,
        java.time.Instant leave,
        java.time.Instant arrive,
        double walkMeters,
        List<Leg> legs) {
    public TripGuidance {
        Objects.requireNonNull(leave, "leave");
        Objects.requireNonNull(arrive, "arrive");
        Objects.requireNonNull(summaryShort, "summaryShort");
        Objects.requireNonNull(summaryFull, "summaryFull");
        legs = List.copyOf(legs);
    }

    /**
     * One leg.
     *
     * @param type {@code walk} or {@code pt}, as GraphHopper names its legs
     * @param guidance the leg's guidance
     */
    public record Leg(String type, RouteGuidance guidance) {}
}
