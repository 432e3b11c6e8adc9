package se.accessiblenav.core.routing;

import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.Trip;
import java.util.ArrayList;
import java.util.List;
import se.accessiblenav.core.guidance.TripGuidance;

/**
 * Trips with public transport and the guidance of each, in the same order.
 *
 * @param response GraphHopper's answer (its paths are the trips; errors as GraphHopper gives them)
 * @param guidance one per path
 */
public record TransitPlan(GHResponse response, List<TripGuidance> guidance) {
    public TransitPlan {
        guidance = List.copyOf(guidance);
    }

    /** How much longer the guided walks of a trip are than GraphHopper's quickest ones. */
    static double guidedWalkRatio(ResponsePath trip, TripGuidance guided) {
        double planned = 0;
        for (Trip.Leg leg : trip.getLegs()) if (!(leg instanceof Trip.PtLeg)) planned += leg.getDistance();
        if (planned <= 0) return 1;
        double walkedSeconds =
                java.time.Duration.between(guided.leave(), guided.arrive()).toSeconds();
        double plannedSeconds = (trip.getTime() / 1000.0);
        return plannedSeconds <= 0 ? 1 : Math.max(1, walkedSeconds / plannedSeconds);
    }

    /**
     * The guided trips, leaving out those that would have the walker leave before the requested time
     * (unless none would be left).
     */
    static TransitPlan catchable(List<TripGuide.Guided> guided, TransitQuery query) {
        List<TripGuide.Guided> kept = guided.stream()
                .filter(trip -> query.arriveBy() || !trip.guidance().leave().isBefore(query.time()))
                .toList();
        if (kept.isEmpty()) kept = guided;
        GHResponse response = new GHResponse();
        List<TripGuidance> guidance = new ArrayList<>();
        for (TripGuide.Guided trip : kept) {
            response.add(trip.path());
            guidance.add(trip.guidance());
        }
        return new TransitPlan(response, guidance);
    }
}
