package se.accessiblenav.core.routing;

import com.conveyal.gtfs.GTFSFeed;
import com.conveyal.gtfs.model.Route;
import com.conveyal.gtfs.model.Stop;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopperConfig;
import com.graphhopper.ResponsePath;
import com.graphhopper.gtfs.GHLocation;
import com.graphhopper.gtfs.GHPointLocation;
import com.graphhopper.gtfs.PtRouter;
import com.graphhopper.gtfs.PtRouterImpl;
import com.graphhopper.gtfs.Request;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.guidance.RouteGuidance;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * Trips with public transport on GraphHopper's own router ({@code com.graphhopper.gtfs}), the walks to,
 * between and from the stops on a walker profile: the same weighting as a walking route, so the crossing
 * and obstacle rules hold on every walk (ADR 0011).
 */
public final class TransitRouter {
    private final PtRouter router;
    private final AccessibleGraphHopper hopper;
    private final int maxVisitedNodes;
    private final TripGuide guide;

    TransitRouter(
            AccessibleGraphHopper hopper,
            GraphHopperConfig config,
            RouteLimits limits,
            Function<GHRequest, GHResponse> walks,
            BiFunction<ResponsePath, GuidanceOptions, RouteGuidance> walkGuidance) {
        this.hopper = hopper;
        this.guide = new TripGuide(
                walks,
                walkGuidance,
                feedId -> hopper.getGtfsStorage().getGtfsFeeds().get(feedId));
        this.maxVisitedNodes = limits.maxVisitedNodes();
        this.router = new PtRouterImpl.Factory(
                        config,
                        hopper.getTranslationMap(),
                        hopper.getBaseGraph(),
                        hopper.getEncodingManager(),
                        hopper.getLocationIndex(),
                        hopper.getGtfsStorage())
                .createWithoutRealtimeFeed();
    }

    /**
     * The trips that answer the query, fastest first; errors (a point off the map, no connection) as in
     * GraphHopper's response.
     */
    public GHResponse route(TransitQuery query) {
        WalkerProfile.findByName(query.profile())
                .orElseThrow(() -> new IllegalArgumentException("Unknown profile: " + query.profile()));
        List<GHLocation> points = List.of(new GHPointLocation(query.from()), new GHPointLocation(query.to()));
        Request request = new Request(points, query.time());
        request.setArriveBy(query.arriveBy());
        request.setAccessProfile(query.profile());
        request.setEgressProfile(query.profile());
        request.setLocale(query.locale());
        request.setLimitSolutions(query.limitSolutions());
        request.setLimitStreetTime(query.maxWalk());
        request.setWalkSpeedKmH(query.walkingSpeedKmh());
        request.setMaxVisitedNodes(maxVisitedNodes);
        return router.route(request);
    }

    /**
     * The trips of {@link #route}, each as the walker is guided: GraphHopper plans on the quickest walks; the
     * walker walks the profile's ({@link TripGuide}), which may be longer. Where that makes the best trip
     * leave before the requested time, it is planned once more at the pace that walks the guided way in
     * GraphHopper's time, and trips that still cannot be caught from the requested time are left out
     * (unless none is left).
     */
    public TransitPlan plan(TransitQuery query, GuidanceOptions options) {
        GHResponse response = route(query);
        if (response.hasErrors()) return new TransitPlan(response, List.of());
        List<TripGuide.Guided> guided = guideAll(response, query, options);
        TripGuide.Guided best = guided.get(0);
        if (!query.arriveBy() && best.guidance().leave().isBefore(query.time())) {
            double ratio = TransitPlan.guidedWalkRatio(best.planned(), best.guidance());
            if (ratio > 1.01) {
                double slower = Math.max(1, query.walkingSpeedKmh() / ratio);
                GHResponse again = route(query.withWalkingSpeed(slower));
                if (!again.hasErrors()) guided = guideAll(again, query, options);
            }
        }
        return TransitPlan.catchable(guided, query);
    }

    private List<TripGuide.Guided> guideAll(GHResponse response, TransitQuery query, GuidanceOptions options) {
        List<TripGuide.Guided> guided = new java.util.ArrayList<>();
        for (ResponsePath path : response.getAll()) guided.add(guide.guide(path, query.profile(), options));
        return guided;
    }

    /** Who publishes the timetables' services (their agencies' names), to credit wherever a trip is shown. */
    public List<String> timetableCredits() {
        return hopper.getGtfsStorage().getGtfsFeeds().values().stream()
                .flatMap(feed -> feed.agency.values().stream())
                .map(agency -> agency.agency_name)
                .filter(name -> name != null && !name.isBlank())
                .distinct()
                .sorted()
                .toList();
    }

    /** A line of the timetable (its number and kind), if the feed has it. */
    public Optional<Route> line(String feedId, String routeId) {
        GTFSFeed feed = hopper.getGtfsStorage().getGtfsFeeds().get(feedId);
        return feed == null ? Optional.empty() : Optional.ofNullable(feed.routes.get(routeId));
    }

    /** Every stop of the timetables, as cut to the map. */
    public List<Stop> stops() {
        return hopper.getGtfsStorage().getGtfsFeeds().values().stream()
                .flatMap(feed -> feed.stops.values().stream())
                .toList();
    }

    /** A stop of the timetable (its name, code and position), if the feed has it. */
    public Optional<Stop> stop(String feedId, String stopId) {
        GTFSFeed feed = hopper.getGtfsStorage().getGtfsFeeds().get(feedId);
        return feed == null ? Optional.empty() : Optional.ofNullable(feed.stops.get(stopId));
    }
}
