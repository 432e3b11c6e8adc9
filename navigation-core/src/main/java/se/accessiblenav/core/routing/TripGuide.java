package se.accessiblenav.core.routing;

import com.conveyal.gtfs.GTFSFeed;
import com.conveyal.gtfs.model.Agency;
import com.conveyal.gtfs.model.Route;
import com.conveyal.gtfs.model.StopTime;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.Trip;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.guidance.RideCues;
import se.accessiblenav.core.guidance.RouteGuidance;
import se.accessiblenav.core.guidance.StopArrival;
import se.accessiblenav.core.guidance.TransitRide;
import se.accessiblenav.core.guidance.TripGuidance;
import se.accessiblenav.core.guidance.TripSummary;

/**
 * Guidance for every leg of a trip with public transport. Each walk is routed again as a walk of the
 * trip's profile (the same weighting the trip was planned with), so it gets every cue a walk has; a walk
 * to a stop ends by naming the stop and its side; each ride says which vehicle, when, and every stop.
 */
final class TripGuide {
    private final Function<GHRequest, GHResponse> walks;
    private final BiFunction<ResponsePath, GuidanceOptions, RouteGuidance> walkGuidance;
    private final GTFSFeedLookup feeds;
    private final RideCues rides = new RideCues();
    private final StopArrival stopArrival = new StopArrival();

    /** The timetables by feed id. */
    interface GTFSFeedLookup {
        GTFSFeed feed(String feedId);
    }

    TripGuide(
            Function<GHRequest, GHResponse> walks,
            BiFunction<ResponsePath, GuidanceOptions, RouteGuidance> walkGuidance,
            GTFSFeedLookup feeds) {
        this.walks = walks;
        this.walkGuidance = walkGuidance;
        this.feeds = feeds;
    }

    /**
     * A trip with its guidance.
     *
     * @param planned GraphHopper's trip, walks as it planned them
     * @param path the trip as guided: the profile's walks at the walker's times ({@link GuidedTrip})
     * @param guidance what the walker hears
     */
    record Guided(ResponsePath planned, ResponsePath path, TripGuidance guidance) {}

    Guided guide(ResponsePath trip, String profile, GuidanceOptions options) {
        List<Trip.Leg> legs = trip.getLegs();
        List<ResponsePath> walksGuided = new ArrayList<>();
        for (Trip.Leg leg : legs) walksGuided.add(leg instanceof Trip.PtLeg ? null : walkPath(leg, profile, options));
        Timeline timeline = new Timeline(legs, walksGuided, options.walkingSpeedMetersPerSecond());
        List<TripGuidance.Leg> guided = new ArrayList<>();
        TripSummary summary = new TripSummary(options);
        ZoneId zone = ZoneId.of("UTC");
        for (int i = 0; i < legs.size(); i++) {
            Trip.Leg leg = legs.get(i);
            if (leg instanceof Trip.PtLeg ride) {
                TransitRide transitRide = ride(ride);
                zone = transitRide.zone();
                RouteGuidance guidance = rides.compose(transitRide, timeline.atStop(i), options);
                guided.add(new TripGuidance.Leg("pt", guidance));
                summary.ride(guidance);
            } else {
                Trip.PtLeg next = i + 1 < legs.size() && legs.get(i + 1) instanceof Trip.PtLeg pt ? pt : null;
                ResponsePath walk = walksGuided.get(i);
                guided.add(new TripGuidance.Leg("walk", walkGuidance(walk, next, options)));
                double meters = walk == null ? leg.getDistance() : walk.getDistance();
                summary.walk(meters, next == null ? null : next.stops.get(0).stop_name);
                if (next != null && i > 0 && legs.get(i - 1) instanceof Trip.PtLeg && timeline.tight(i))
                    summary.tightChange(next.stops.get(0).stop_name, timeline.walkMinutes(i), timeline.spareMinutes(i));
            }
        }
        TripGuidance guidance = summary.finish(guided, timeline.leave(), timeline.arrive(), zone);
        return new Guided(trip, GuidedTrip.rebuild(trip, walksGuided, timeline), guidance);
    }

    private ResponsePath walkPath(Trip.Leg leg, String profile, GuidanceOptions options) {
        Coordinate[] line = leg.geometry.getCoordinates();
        Coordinate from = line[0];
        Coordinate to = line[line.length - 1];
        if (leg.getDistance() < 1) return null;
        GHRequest request = new GHRequest(from.y, from.x, to.y, to.x)
                .setProfile(profile)
                .setLocale(options.locale())
                .setPathDetails(GuidanceComposer.REQUIRED_DETAILS);
        GHResponse response = walks.apply(request);
        return response.hasErrors() ? null : response.getBest();
    }

    private RouteGuidance walkGuidance(ResponsePath path, Trip.PtLeg next, GuidanceOptions options) {
        if (path == null) return new RouteGuidance(options.locale().getLanguage(), false, "", "", List.of());
        RouteGuidance guidance = walkGuidance.apply(path, options);
        if (next == null) return guidance;
        Trip.Stop stop = next.stops.get(0);
        String code = stopCode(next.feed_id, stop.stop_id);
        return stopArrival.toStop(
                guidance, path.getPoints(), stop.stop_name, code, stop.geometry.getY(), stop.geometry.getX(), options);
    }

    private TransitRide ride(Trip.PtLeg leg) {
        GTFSFeed feed = feeds.feed(leg.feed_id);
        Route route = feed == null ? null : feed.routes.get(leg.route_id);
        String line = route == null
                ? leg.route_id
                : route.route_short_name != null && !route.route_short_name.isBlank()
                        ? route.route_short_name
                        : route.route_long_name;
        int type = route == null ? 3 : route.route_type;
        List<TransitRide.Stop> stops = new ArrayList<>();
        double along = 0;
        Trip.Stop previous = null;
        for (Trip.Stop stop : leg.stops) {
            if (previous != null)
                along += com.graphhopper.util.DistanceCalcEarth.DIST_EARTH.calcDist(
                        previous.geometry.getY(), previous.geometry.getX(), stop.geometry.getY(), stop.geometry.getX());
            Date arrival = stop.arrivalTime != null ? stop.arrivalTime : stop.departureTime;
            Date departure = stop.departureTime != null ? stop.departureTime : stop.arrivalTime;
            stops.add(new TransitRide.Stop(
                    stop.stop_name,
                    stopCode(leg.feed_id, stop.stop_id),
                    stop.geometry.getY(),
                    stop.geometry.getX(),
                    instant(arrival),
                    instant(departure),
                    along));
            previous = stop;
        }
        return new TransitRide(type, line, towards(feed, leg), zone(feed, route), stops);
    }

    /** The trip's headsign, or else the name of its last stop. */
    private static String towards(GTFSFeed feed, Trip.PtLeg leg) {
        if (feed == null) return leg.stops.get(leg.stops.size() - 1).stop_name;
        com.conveyal.gtfs.model.Trip trip = feed.trips.get(leg.trip_id);
        if (trip != null && trip.trip_headsign != null && !trip.trip_headsign.isBlank()) return trip.trip_headsign;
        String lastStop = null;
        for (StopTime time : feed.getOrderedStopTimesForTrip(leg.trip_id)) lastStop = time.stop_id;
        var stop = lastStop == null ? null : feed.stops.get(lastStop);
        return stop != null ? stop.stop_name : leg.stops.get(leg.stops.size() - 1).stop_name;
    }

    private static ZoneId zone(GTFSFeed feed, Route route) {
        if (feed == null || feed.agency.isEmpty()) return ZoneId.of("UTC");
        Agency agency = route != null && route.agency_id != null ? feed.agency.get(route.agency_id) : null;
        if (agency == null) agency = feed.agency.values().iterator().next();
        try {
            return ZoneId.of(agency.agency_timezone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private String stopCode(String feedId, String stopId) {
        GTFSFeed feed = feeds.feed(feedId);
        var stop = feed == null ? null : feed.stops.get(stopId);
        return stop == null || stop.stop_code == null ? "" : stop.stop_code.trim();
    }

    private static Instant instant(Date date) {
        return date.toInstant();
    }
}
