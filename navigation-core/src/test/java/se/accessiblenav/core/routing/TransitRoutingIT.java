package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.conveyal.gtfs.model.Stop;
import com.graphhopper.ResponsePath;
import com.graphhopper.Trip;
import com.graphhopper.routing.ev.VehicleAccess;
import com.graphhopper.routing.util.AccessFilter;
import com.graphhopper.util.shapes.GHPoint;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.accessiblenav.core.guidance.Cue;
import se.accessiblenav.core.guidance.CueKind;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.guidance.TripGuidance;

/**
 * Door to door with public transport on real data: the Heidelberg extract with VRN's 2022 timetable (a cut
 * of the real feed that reaches beyond the map).
 */
class TransitRoutingIT {
    private static final ZoneId HEIDELBERG = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final GHPoint BISMARCKPLATZ = new GHPoint(49.40985, 8.69314);
    private static final GHPoint BOXBERG = new GHPoint(49.3780, 8.7030);
    private static final Instant FRIDAY_8 =
            OffsetDateTime.parse("2022-09-16T08:00:00+02:00").toInstant();

    static PedestrianRouter router;

    private static RouterSettings settings() {
        return new RouterSettings(SharedData.heidelberg(), Path.of("target", "shared-graphs", "heidelberg-de-transit"))
                .withTransitFeeds(List.of(SharedData.heidelbergTimetable()));
    }

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(settings());
    }

    @Test
    void aSecondStartLoadsTheTimetableWithTheGraph() {
        router.close();
        router = PedestrianRouter.open(settings());
        assertThat(router.importedAtStart()).isFalse();
        assertThat(router.transit().orElseThrow().stops()).isNotEmpty();
        assertThat(plan(BISMARCKPLATZ, FRIDAY_8, Locale.ENGLISH).response().getErrors())
                .isEmpty();
    }

    @AfterAll
    static void close() {
        if (router != null) router.close();
    }

    private static TransitPlan plan(GHPoint from, Instant time, Locale locale) {
        TransitQuery query = TransitQuery.departing(from, BOXBERG, time, "blind_cane", locale);
        return router.transit().orElseThrow().plan(query, GuidanceOptions.defaults(locale));
    }

    @Test
    void aTimetableDatabaseLeftOpenByACrashIsRebuiltNotFatal() throws java.io.IOException {
        router.close();
        // what a process killed with its timetable open leaves: MapDB's index checksum (bytes 32-39 of the
        // store's header) no longer matches the index
        Path index = settings().cacheDir().resolve("gtfs_0");
        byte[] bytes = java.nio.file.Files.readAllBytes(index);
        for (int i = 32; i < 40; i++) bytes[i] ^= 0x5A;
        java.nio.file.Files.write(index, bytes);

        router = PedestrianRouter.open(settings());

        assertThat(router.importedAtStart()).isTrue();
        assertThat(plan(BISMARCKPLATZ, FRIDAY_8, Locale.ENGLISH).response().getErrors())
                .isEmpty();
    }

    @Test
    void bismarckplatzToBoxbergTakesBus39AWithGuidanceForEveryLeg() {
        TransitPlan plan = plan(BISMARCKPLATZ, FRIDAY_8, Locale.ENGLISH);
        assertThat(plan.response().getErrors()).isEmpty();
        ResponsePath trip = plan.response().getBest();
        TripGuidance guidance = plan.guidance().get(0);
        List<Trip.Leg> legs = trip.getLegs();
        assertThat(legs).extracting(leg -> leg.type).containsExactly("walk", "pt", "walk");
        Trip.PtLeg ride = (Trip.PtLeg) legs.get(1);
        assertThat(router.transit()
                        .orElseThrow()
                        .line(ride.feed_id, ride.route_id)
                        .orElseThrow()
                        .route_short_name)
                .isEqualTo("RNV 39A");
        String departs = CLOCK.format(ride.getDepartureTime().toInstant().atZone(HEIDELBERG));
        Trip.Stop board = ride.stops.get(0);
        Trip.Stop alight = ride.stops.get(ride.stops.size() - 1);
        assertThat(alight.stop_name).startsWith("Boxberg");

        // the walker leaves no earlier than asked, and is at the stop before the bus leaves
        assertThat(guidance.leave()).isAfterOrEqualTo(FRIDAY_8);
        assertThat(guidance.leave()).isBefore(ride.getDepartureTime().toInstant());
        assertThat(guidance.arrive()).isAfter(ride.getArrivalTime().toInstant());
        assertThat(guidance.summaryFull()).contains("RNV 39A", departs, board.stop_name, "Arrive at");

        // the trip drawn is the trip guided: the walks are the profile's, at the walker's times
        assertThat(legs.get(0).getDepartureTime().toInstant()).isEqualTo(guidance.leave());
        assertThat(legs.get(2).getArrivalTime().toInstant()).isEqualTo(guidance.arrive());
        assertThat(legs.get(0).getDistance() + legs.get(2).getDistance())
                .isCloseTo(guidance.walkMeters(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(trip.getTime())
                .isEqualTo(guidance.arrive().toEpochMilli() - guidance.leave().toEpochMilli());
        assertThat(trip.getPoints().size())
                .isGreaterThanOrEqualTo(((Trip.WalkLeg) legs.get(0)).geometry.getNumPoints());

        // walk to the stop: a walker's cues, ending at the named stop
        List<Cue> walkTo = guidance.legs().get(0).guidance().cues();
        assertThat(walkTo).extracting(Cue::kind).contains(CueKind.DEPART, CueKind.CROSSING);
        assertThat(walkTo.get(walkTo.size() - 1).fullText()).startsWith("You are at the stop " + board.stop_name);

        // waiting, each stop on board, getting off
        List<Cue> onBoard = guidance.legs().get(1).guidance().cues();
        assertThat(onBoard.get(0).kind()).isEqualTo(CueKind.WAIT);
        assertThat(onBoard.get(0).fullText())
                .startsWith("Bus RNV 39A towards ")
                .contains("departs at " + departs, "from " + board.stop_name)
                .containsPattern("in \\d+ minutes|in one minute");
        assertThat(onBoard).filteredOn(cue -> cue.kind() == CueKind.NEXT_STOP).hasSize(ride.stops.size() - 2);
        assertThat(onBoard.get(1).fullText())
                .isEqualTo("Next stop: " + ride.stops.get(1).stop_name + ", at "
                        + CLOCK.format(ride.stops.get(1).arrivalTime.toInstant().atZone(HEIDELBERG))
                        + ". Then " + (ride.stops.size() - 2) + " more stops to " + alight.stop_name + ".");
        Cue getOff = onBoard.get(onBoard.size() - 1);
        assertThat(getOff.kind()).isEqualTo(CueKind.ALIGHT);
        assertThat(getOff.fullText())
                .startsWith("Next stop: " + alight.stop_name)
                .endsWith("Get off here.");

        // the walk on, to the destination
        List<Cue> walkOn = guidance.legs().get(2).guidance().cues();
        assertThat(walkOn.get(walkOn.size() - 1).fullText()).isEqualTo("You have arrived at your destination.");
    }

    @Test
    void theSameTripIsGuidedInSwedish() {
        TransitPlan plan = plan(BISMARCKPLATZ, FRIDAY_8, Locale.forLanguageTag("sv"));
        TripGuidance guidance = plan.guidance().get(0);
        assertThat(guidance.language()).isEqualTo("sv");
        assertThat(guidance.summaryFull()).startsWith("Gå klockan ").contains("Buss RNV 39A klockan");
        List<Cue> onBoard = guidance.legs().get(1).guidance().cues();
        assertThat(onBoard.get(0).fullText()).startsWith("Buss RNV 39A mot ");
        assertThat(onBoard.get(1).fullText()).startsWith("Nästa hållplats: ");
        assertThat(onBoard.get(onBoard.size() - 1).fullText()).endsWith("Gå av här.");
        List<Cue> walkTo = guidance.legs().get(0).guidance().cues();
        assertThat(walkTo.get(walkTo.size() - 1).fullText()).startsWith("Du är vid hållplatsen ");
    }

    @Test
    void aMissedConnectionIsPlannedAgainFromTheStop() {
        TransitPlan first = plan(BISMARCKPLATZ, FRIDAY_8, Locale.ENGLISH);
        Trip.PtLeg missed = (Trip.PtLeg) first.response().getBest().getLegs().get(1);
        Trip.Stop stop = missed.stops.get(0);
        GHPoint atStop = new GHPoint(stop.geometry.getY(), stop.geometry.getX());
        Instant justAfter = missed.getDepartureTime().toInstant().plusSeconds(60);

        TransitPlan again = plan(atStop, justAfter, Locale.ENGLISH);

        assertThat(again.response().getErrors()).isEmpty();
        Trip.PtLeg next = again.response().getBest().getLegs().stream()
                .filter(Trip.PtLeg.class::isInstance)
                .map(Trip.PtLeg.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(next.getDepartureTime().toInstant())
                .isAfter(missed.getDepartureTime().toInstant());
        assertThat(again.guidance().get(0).leave()).isAfterOrEqualTo(justAfter);
    }

    @Test
    void theTimetableIsCutToTheMapSoThatNoStopIsJoinedFromFarAway() {
        var feeds =
                ((AccessibleGraphHopper) router.graphHopper()).getGtfsStorage().getGtfsFeeds();
        var footAccess = router.graphHopper().getEncodingManager().getBooleanEncodedValue(VehicleAccess.key("foot"));
        int stops = 0;
        for (var feed : feeds.values())
            for (Stop stop : feed.stops.values()) {
                if (stop.location_type == 1) continue;
                stops++;
                var snap = router.graphHopper()
                        .getLocationIndex()
                        .findClosest(stop.stop_lat, stop.stop_lon, AccessFilter.allEdges(footAccess));
                assertThat(snap.isValid()).as(stop.stop_name).isTrue();
                assertThat(snap.getQueryDistance())
                        .as(stop.stop_name)
                        .isLessThanOrEqualTo(AccessibleGraphHopper.MAX_STOP_DISTANCE_METERS);
            }
        // the feed has 392 stops, about 260 of them near the walking network; Viernheim (outside the map) is gone
        assertThat(stops).isBetween(200, 300);
        assertThat(feeds.values().iterator().next().stops.values())
                .noneMatch(stop -> stop.stop_name.startsWith("Viernheim"));
    }
}
