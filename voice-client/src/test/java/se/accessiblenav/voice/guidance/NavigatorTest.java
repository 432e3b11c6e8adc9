package se.accessiblenav.voice.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.accessiblenav.voice.TestRoutes;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.speech.Priority;

class NavigatorTest {
    private static final Route ROUTE = TestRoutes.zigzag(100, 100);
    private static final RouteCue TURN = ROUTE.cues().get(1);

    /** Walks the route exactly, one fix a second, and returns everything the navigator decided. */
    private static List<GuidanceEvent> walk(Navigator navigator, double speed, double accuracy, double untilAlong) {
        List<GuidanceEvent> events = new ArrayList<>(navigator.start(Instant.EPOCH));
        for (int s = 1; s * speed <= untilAlong && !navigator.hasArrived(); s++)
            events.addAll(navigator.onFix(fixAt(ROUTE.line().pointAt(s * speed), s, accuracy)));
        return events;
    }

    private static Fix fixAt(LatLon position, long second, double accuracy) {
        return Fix.of(Instant.EPOCH.plusSeconds(second), position, accuracy);
    }

    private static List<GuidanceEvent> ofType(List<GuidanceEvent> events, GuidanceEvent.Type type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void eachAnnouncementIsSaidOnceFarWithDistanceThenNearWithout() {
        List<GuidanceEvent> events = walk(new Navigator(ROUTE, GuidanceSettings.defaults("en")), 1.2, 5, 250);
        List<GuidanceEvent> turn = ofType(events, GuidanceEvent.Type.CUE).stream()
                .filter(e -> e.cueId().equals(TURN.id()))
                .toList();
        assertThat(turn)
                .extracting(GuidanceEvent::text)
                .containsExactly("In 15 metres: Turn to 9 o'clock. Then go on.", "Turn to 9 o'clock.");
        assertThat(ofType(events, GuidanceEvent.Type.ROUTE))
                .singleElement()
                .extracting(GuidanceEvent::text)
                .isEqualTo("A test route. Head east, then go on.");
        assertThat(ofType(events, GuidanceEvent.Type.ARRIVAL)).hasSize(1);
    }

    @Test
    void aFasterWalkerHearsTheTurnEarlier() {
        assertThat(alongWhenTurnIsFirstSaid(2.0)).isLessThan(alongWhenTurnIsFirstSaid(0.8) - 1);
    }

    private static double alongWhenTurnIsFirstSaid(double speed) {
        Navigator navigator = new Navigator(ROUTE, GuidanceSettings.defaults("en"));
        navigator.start(Instant.EPOCH);
        for (int s = 1; ; s++) {
            double along = s * speed;
            if (navigator.onFix(fixAt(ROUTE.line().pointAt(along), s, 3)).stream()
                    .anyMatch(e -> TURN.id().equals(e.cueId()))) return along;
        }
    }

    @Test
    void aFixThatSkipsPastBothAnnouncementsSaysOnlyTheNearOne() {
        Navigator navigator = new Navigator(ROUTE, GuidanceSettings.defaults("en"));
        navigator.start(Instant.EPOCH);
        navigator.onFix(fixAt(ROUTE.line().pointAt(70), 1, 3));
        List<GuidanceEvent> events = navigator.onFix(fixAt(ROUTE.line().pointAt(97), 2, 3));
        assertThat(events).extracting(GuidanceEvent::text).containsExactly("Turn to 9 o'clock.");
    }

    @Test
    void arrivalComesAtTheConfiguredDistance() {
        GuidanceSettings settings = new GuidanceSettings("en", 25, 1.5, 5, 12, Verbosity.NORMAL, 1.2);
        Navigator navigator = new Navigator(ROUTE, settings);
        List<GuidanceEvent> events = walk(navigator, 1.0, 5, 200);
        assertThat(navigator.hasArrived()).isTrue();
        assertThat(navigator.alongMeters()).isBetween(174.0, 176.0);
        assertThat(ofType(events, GuidanceEvent.Type.ARRIVAL))
                .singleElement()
                .extracting(GuidanceEvent::text)
                .isEqualTo("You have arrived.");
    }

    @Test
    void nearTheDestinationAcrossTheStreetIsNotArriving() {
        // a U: 200 m east, 20 m north across the street, 200 m back west; the destination is 20 m from the start
        LatLon start = TestRoutes.HOTORGET;
        LatLon far = start.moved(200, 90);
        LatLon across = far.moved(20, 0);
        LatLon destination = across.moved(200, 270);
        Route u = new Route(
                new se.accessiblenav.voice.geo.RouteLine(List.of(start, far, across, destination)),
                List.of(
                        new RouteCue("c1", "depart", 0, start, List.of(0.0), "Head east.", "Head east."),
                        new RouteCue(
                                "c2",
                                "arrival",
                                420,
                                destination,
                                List.of(10.0),
                                "You have arrived.",
                                "You have arrived.")),
                List.of(),
                "en",
                "A U.",
                "A U.");
        GuidanceSettings settings = new GuidanceSettings("en", 25, 1.5, 5, 12, Verbosity.NORMAL, 1.2);
        Navigator navigator = new Navigator(u, settings);
        navigator.start(Instant.EPOCH);
        double arrivedAlong = Double.NaN;
        for (int s = 1; s <= 420 && !navigator.hasArrived(); s++) {
            navigator.onFix(fixAt(u.line().pointAt(s), s, 5));
            if (navigator.hasArrived()) arrivedAlong = navigator.alongMeters();
        }
        assertThat(start.distanceMetersTo(destination)).isLessThan(25);
        assertThat(arrivedAlong).as("arrived only near the end along the route").isGreaterThanOrEqualTo(420 - 25 - 1);
    }

    @Test
    void gpsLossIsSaidOnceAndItsReturnOnce() {
        Navigator navigator = new Navigator(ROUTE, GuidanceSettings.defaults("sv"));
        navigator.start(Instant.EPOCH);
        navigator.onFix(fixAt(ROUTE.line().pointAt(5), 1, 5));
        List<GuidanceEvent> events = new ArrayList<>();
        for (int s = 2; s < 20; s++) events.addAll(navigator.onNoFix(Instant.EPOCH.plusSeconds(s)));
        events.addAll(navigator.onFix(fixAt(ROUTE.line().pointAt(25), 20, 5)));
        assertThat(events)
                .extracting(GuidanceEvent::type)
                .filteredOn(t -> t == GuidanceEvent.Type.GPS_LOST || t == GuidanceEvent.Type.GPS_BACK)
                .containsExactly(GuidanceEvent.Type.GPS_LOST, GuidanceEvent.Type.GPS_BACK);
        assertThat(events.get(0).text()).startsWith("GPS-signalen är borta");
        assertThat(events.get(0).priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void leavingTheRouteAsksForANewRouteAndAnUnreachableServerIsSaidOnce() {
        Navigator navigator = new Navigator(ROUTE, GuidanceSettings.defaults("en"));
        navigator.start(Instant.EPOCH);
        List<GuidanceEvent> events = new ArrayList<>();
        LatLon side = ROUTE.line().pointAt(40);
        for (int s = 1; s <= 30; s++) events.addAll(navigator.onFix(fixAt(side.moved(s, 0), s, 5)));
        assertThat(ofType(events, GuidanceEvent.Type.OFF_ROUTE)).hasSize(1);
        assertThat(ofType(events, GuidanceEvent.Type.REROUTE_NEEDED)).hasSize(1);
        assertThat(navigator.rerouteFailed(true, "down", Instant.EPOCH.plusSeconds(31)))
                .singleElement()
                .extracting(GuidanceEvent::text)
                .asString()
                .startsWith(
                        "I cannot reach the navigation server. I keep guiding on the route I have; it is 30 metres");
        assertThat(navigator.rerouteFailed(true, "down", Instant.EPOCH.plusSeconds(33)))
                .isEmpty();
        List<GuidanceEvent> back = navigator.onFix(fixAt(ROUTE.line().pointAt(45), 40, 5));
        back.addAll(navigator.onFix(fixAt(ROUTE.line().pointAt(46), 41, 5)));
        back.addAll(navigator.onFix(fixAt(ROUTE.line().pointAt(47), 42, 5)));
        assertThat(ofType(back, GuidanceEvent.Type.BACK_ON_ROUTE)).hasSize(1);
    }

    @Test
    void aNewRouteIsSaidAndItsCuesBehindTheWalkerAreSkipped() {
        Navigator navigator = new Navigator(ROUTE, GuidanceSettings.defaults("en"));
        navigator.start(Instant.EPOCH);
        navigator.onFix(fixAt(ROUTE.line().pointAt(10), 1, 5));
        List<GuidanceEvent> events = navigator.replaceRoute(ROUTE, Instant.EPOCH.plusSeconds(2));
        assertThat(events)
                .singleElement()
                .extracting(GuidanceEvent::text)
                .isEqualTo("New route. Head east, then go on.");
    }

    @Test
    void hazardsAreUrgentAndLandmarksAreQuietInTerseMode() {
        Route route = TestRoutes.withCue(
                TestRoutes.withCue(
                        ROUTE,
                        new RouteCue(
                                "h1",
                                "hazard",
                                50,
                                ROUTE.line().pointAt(50),
                                List.of(20.0, 5.0),
                                "Scaffolding.",
                                "Scaffolding on the left.")),
                new RouteCue(
                        "l1",
                        "landmark",
                        30,
                        ROUTE.line().pointAt(30),
                        List.of(3.0),
                        "Café, on your left.",
                        "You pass a café."));
        GuidanceSettings terse = GuidanceSettings.defaults("en").withVerbosity(Verbosity.TERSE);
        Navigator navigator = new Navigator(route, terse);
        List<GuidanceEvent> events = new ArrayList<>();
        for (int s = 1; s <= 60; s++)
            events.addAll(navigator.onFix(fixAt(route.line().pointAt(s), s, 5)));
        assertThat(events)
                .filteredOn(e -> "h1".equals(e.cueId()))
                .extracting(GuidanceEvent::priority)
                .containsOnly(Priority.URGENT)
                .hasSize(2);
        assertThat(events).noneMatch(e -> "l1".equals(e.cueId()));
    }

    @Test
    void longStretchesGetAReassuranceAndCommandsAnswer() {
        Route longRoute = TestRoutes.zigzag(400, 50);
        Navigator navigator = new Navigator(longRoute, GuidanceSettings.defaults("en"));
        List<GuidanceEvent> events = new ArrayList<>(navigator.start(Instant.EPOCH));
        for (int s = 1; s <= 150; s++)
            events.addAll(navigator.onFix(fixAt(longRoute.line().pointAt(s * 1.2), s, 5)));
        assertThat(ofType(events, GuidanceEvent.Type.REASSURANCE))
                .hasSize(2)
                .first()
                .extracting(GuidanceEvent::text)
                .asString()
                .matches("On route\\. \\d+ metres to the next turn\\.");
        assertThat(navigator.nextCue())
                .singleElement()
                .extracting(GuidanceEvent::text)
                .asString()
                .startsWith("In ")
                .endsWith("Turn to 9 o'clock.");
        assertThat(navigator.pause())
                .extracting(GuidanceEvent::text)
                .containsExactly("Guidance paused. Say resume to go on.");
        for (int s = 151; s <= 330; s++)
            assertThat(navigator.onFix(fixAt(longRoute.line().pointAt(s * 1.2), s, 5)))
                    .as("paused: the turn at 400 m is not said")
                    .isEmpty();
        assertThat(navigator.changeVerbosity(true))
                .extracting(GuidanceEvent::text)
                .containsExactly("Detailed guidance.");
    }
}
