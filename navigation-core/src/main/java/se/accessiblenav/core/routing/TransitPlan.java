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

    /** Leaves out trips that would have the walker leave before the requested time, unless none would be left. */
    static TransitPlan catchable(GHResponse response, List<TripGuidance> guided, TransitQuery query) {
        if (query.arriveBy()) return new TransitPlan(response, guided);
        GHResponse kept = new GHResponse();
        List<TripGuidance> keptGuidance = new ArrayList<>();
        for (int i = 0; i < guided.size(); i++) {
            if (guided.get(i).leave().isBefore(query.time())) continue;
            kept.add(response.getAll().get(i));
            keptGuidance.add(guided.get(i));
        }
        if (keptGuidance.isEmpty()) return new TransitPlan(response, guided);
        kept.addDebugInfo(response.getDebugInfo());
        return new TransitPlan(kept, keptGuidance);
    }
}
