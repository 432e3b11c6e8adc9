package se.accessiblenav.core.guidance;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The spoken sentences that sum up a trip with public transport, leg by leg. */
public final class TripSummary {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private final Messages messages;
    private final GuidanceOptions options;
    private final StringBuilder legs = new StringBuilder();
    private double walkMeters;

    public TripSummary(GuidanceOptions options) {
        this.messages = Messages.forLocale(options.locale());
        this.options = options;
    }

    /** A walk to a stop (its name) or, with {@code stopName} null, to the destination. */
    public TripSummary walk(double meters, String stopName) {
        walkMeters += meters;
        String distance = SpokenDistance.say(messages, meters, options.stepLengthMeters());
        return sentence(
                stopName == null
                        ? messages.get("transit.walk.to.destination", distance)
                        : messages.get("transit.walk.to.stop", distance, stopName));
    }

    /** A ride, in the words of its own short summary. */
    public TripSummary ride(RouteGuidance ride) {
        return sentence(ride.summaryShort());
    }

    /** A change where the walk leaves less spare time than it takes to be ready at the stop. */
    public TripSummary tightChange(String stopName, long walkMinutes, long spareMinutes) {
        return sentence(messages.get("transit.change.tight", stopName, walkMinutes, spareMinutes));
    }

    /** The summary of the whole trip: leave at {@code leave}, arrive at {@code arrival}. */
    public TripGuidance finish(java.util.List<TripGuidance.Leg> guided, Instant leave, Instant arrival, ZoneId zone) {
        String from = CLOCK.format(leave.atZone(zone));
        String at = CLOCK.format(arrival.atZone(zone));
        long minutes = java.time.Duration.between(leave, arrival).toMinutes();
        return new TripGuidance(
                messages.language(),
                messages.isFallback(),
                messages.get("transit.trip.short", from, at, minutes),
                messages.get("transit.trip.full", from, legs.toString(), at, minutes),
                leave,
                arrival,
                walkMeters,
                guided);
    }

    private TripSummary sentence(String text) {
        if (legs.length() > 0) legs.append(' ');
        legs.append(text);
        return this;
    }
}
