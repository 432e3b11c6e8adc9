package se.accessiblenav.voice.guidance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.speech.Priority;

/**
 * The guidance of one walk, fix by fix: what to say and when, whether the walker has left the route, when GPS
 * is lost and back, reassurance on long stretches, arrival. No threads, no clock, no network: time comes from
 * the fixes, and a new route is asked for with a {@link GuidanceEvent.Type#REROUTE_NEEDED} event that the
 * caller answers with {@link #replaceRoute} or {@link #rerouteFailed}.
 */
public final class Navigator {
    private final Phrases phrases;
    private GuidanceSettings settings;
    private Route route;
    private RouteTracker tracker;
    private OffRouteDetector offRoute;
    private CueScheduler cues;

    private final PositionFilter filter = new PositionFilter();
    /** The last fix with the filter's estimate of the position. */
    private Fix lastFix;

    private Instant lastEventTime;
    private Instant lastSpokenTime;
    private String lastSpokenText;
    private boolean gpsLost;
    private boolean arrived;
    private boolean paused;
    private boolean serverUnreachableSaid;
    private boolean noRouteSaid;

    public Navigator(Route route, GuidanceSettings settings) {
        this.settings = settings;
        this.phrases = Phrases.forLanguage(settings.language());
        useRoute(route);
    }

    private void useRoute(Route newRoute) {
        route = newRoute;
        tracker = new RouteTracker(newRoute.line(), settings.nominalSpeedMetersPerSecond());
        offRoute = new OffRouteDetector(settings.offRouteMeters());
        cues = new CueScheduler(newRoute);
    }

    public Route route() {
        return route;
    }

    public boolean hasArrived() {
        return arrived;
    }

    public boolean isOffRoute() {
        return offRoute.isOffRoute();
    }

    public GuidanceSettings settings() {
        return settings;
    }

    /** Distance along the route of the last fix, NaN before the first. */
    public double alongMeters() {
        return tracker.alongMeters();
    }

    public Optional<Fix> lastFix() {
        return Optional.ofNullable(lastFix);
    }

    /** The summary and the first instruction, said when the walk starts. */
    public List<GuidanceEvent> start(Instant time) {
        lastEventTime = time;
        String summary = settings.verbosity() == Verbosity.TERSE ? route.summaryShortText() : route.summaryFullText();
        String depart = route.cues().stream()
                .filter(RouteCue::isDeparture)
                .findFirst()
                .map(settings.verbosity() == Verbosity.TERSE ? RouteCue::shortText : RouteCue::fullText)
                .orElse("");
        cues.skipBefore(0);
        return spoken(List.of(GuidanceEvent.say(
                time, GuidanceEvent.Type.ROUTE, "", (summary + " " + depart).trim(), Priority.GUIDANCE)));
    }

    public List<GuidanceEvent> onFix(Fix fix) {
        List<GuidanceEvent> events = new ArrayList<>();
        lastEventTime = fix.time();
        if (arrived) return events;
        if (gpsLost) {
            gpsLost = false;
            events.add(GuidanceEvent.say(
                    fix.time(), GuidanceEvent.Type.GPS_BACK, "", phrases.get("gps.back"), Priority.URGENT));
        }
        lastFix = filter.update(fix);
        RouteLine.Projection at = tracker.update(lastFix);
        boolean wasOff = offRoute.isOffRoute();
        boolean off = offRoute.update(at.offsetMeters(), tracker.headingErrorDegrees(), fix.accuracyMeters());
        if (Arrival.reached(route, settings, fix, at)) {
            arrived = true;
            events.add(Arrival.announcement(route, fix.time()));
            return spoken(events);
        }
        if (off && !wasOff) {
            noRouteSaid = false;
            events.add(GuidanceEvent.say(
                    fix.time(), GuidanceEvent.Type.OFF_ROUTE, "", phrases.get("offroute"), Priority.URGENT));
            events.add(new GuidanceEvent(fix.time(), GuidanceEvent.Type.REROUTE_NEEDED, "", "", Priority.URGENT));
        } else if (!off && wasOff) {
            events.add(GuidanceEvent.say(
                    fix.time(), GuidanceEvent.Type.BACK_ON_ROUTE, "", phrases.get("backonroute"), Priority.GUIDANCE));
        }
        if (!off) {
            events.addAll(cues.due(
                    fix.time(),
                    at.alongMeters(),
                    tracker.speedMetersPerSecond(),
                    fix.accuracyMeters(),
                    settings.leadSeconds(),
                    settings.verbosity(),
                    phrases));
            if (events.isEmpty())
                Reassurance.due(route, settings, phrases, lastSpokenTime, tracker.alongMeters(), fix)
                        .ifPresent(events::add);
        }
        return spoken(events);
    }

    /** Time passes without a fix: the walker hears once that GPS is lost. */
    public List<GuidanceEvent> onNoFix(Instant time) {
        lastEventTime = time;
        if (arrived || gpsLost) return List.of();
        Instant since = lastFix == null ? null : lastFix.time();
        if (since == null || Duration.between(since, time).toMillis() < settings.gpsLostAfterSeconds() * 1000)
            return List.of();
        gpsLost = true;
        return spoken(List.of(
                GuidanceEvent.say(time, GuidanceEvent.Type.GPS_LOST, "", phrases.get("gps.lost"), Priority.URGENT)));
    }

    /** A new route from where the walker is; its first instruction is said, and cues behind the walker skipped. */
    public List<GuidanceEvent> replaceRoute(Route newRoute, Instant time) {
        lastEventTime = time;
        serverUnreachableSaid = false;
        useRoute(newRoute);
        if (lastFix != null) {
            RouteLine.Projection joined =
                    newRoute.line().project(lastFix.position(), 0, Math.min(newRoute.lengthMeters(), 60));
            tracker.startAt(joined.alongMeters());
            cues.skipBefore(joined.alongMeters());
        } else {
            cues.skipBefore(0);
        }
        String first = newRoute.cues().stream()
                .filter(c -> c.isDeparture() || c.isManoeuvre())
                .findFirst()
                .map(RouteCue::fullText)
                .orElse("");
        return spoken(List.of(GuidanceEvent.say(
                time, GuidanceEvent.Type.NEW_ROUTE, "", phrases.get("newroute", first), Priority.GUIDANCE)));
    }

    /**
     * A reroute failed. Unreachable: said once per outage (guidance goes on on the route held). Refused: said
     * once per time off the route.
     */
    public List<GuidanceEvent> rerouteFailed(boolean unreachable, String reason, Instant time) {
        lastEventTime = time;
        if (unreachable) {
            if (serverUnreachableSaid) return List.of();
            serverUnreachableSaid = true;
            return spoken(List.of(GuidanceEvent.say(
                    time,
                    GuidanceEvent.Type.SERVER_UNREACHABLE,
                    "",
                    phrases.get("server.unreachable", phrases.distance(distanceToRoute(), accuracy())),
                    Priority.GUIDANCE)));
        }
        if (noRouteSaid) return List.of();
        noRouteSaid = true;
        return spoken(List.of(GuidanceEvent.say(
                time, GuidanceEvent.Type.NO_ROUTE, "", phrases.get("noroute", reason), Priority.GUIDANCE)));
    }

    /** The server answered (any request): the next outage is announced again. */
    public void serverAnswered() {
        serverUnreachableSaid = false;
    }

    private double distanceToRoute() {
        return tracker.projection() == null ? 0 : tracker.projection().offsetMeters();
    }

    private double accuracy() {
        return lastFix == null ? 50 : lastFix.accuracyMeters();
    }

    // Commands from the walker.

    public List<GuidanceEvent> repeat() {
        String text = lastSpokenText == null ? phrases.get("repeat.nothing") : lastSpokenText;
        return List.of(reply(text));
    }

    public List<GuidanceEvent> nextCue() {
        return List.of(reply(describeNext()));
    }

    private String describeNext() {
        if (lastFix == null) return phrases.get("gps.waiting");
        double along = tracker.alongMeters();
        return route.findNextCue(along)
                .filter(c -> !c.isArrival())
                .map(c -> phrases.get(
                        "announce.ahead",
                        phrases.distance(c.distanceMeters() - along, lastFix.accuracyMeters()),
                        c.shortText()))
                .orElse(phrases.get(
                        "next.none", phrases.distance(route.lengthMeters() - along, lastFix.accuracyMeters())));
    }

    /** "Where am I" from the route alone, for when the server cannot be asked. */
    public String describeOffline() {
        if (lastFix == null) return phrases.get("gps.waiting");
        if (offRoute.isOffRoute())
            return phrases.get("where.offroute", phrases.distance(distanceToRoute(), lastFix.accuracyMeters()));
        String street = route.findStreetAt(tracker.alongMeters())
                .map(s -> phrases.get("where.onroute.street", s))
                .orElse("");
        return phrases.get("where.onroute", street, describeNext());
    }

    public List<GuidanceEvent> pause() {
        paused = true;
        return List.of(reply(phrases.get("paused")));
    }

    public List<GuidanceEvent> resume() {
        paused = false;
        return List.of(reply(phrases.get("resumed") + " " + describeNext()));
    }

    public List<GuidanceEvent> changeVerbosity(boolean more) {
        settings = settings.withVerbosity(
                more ? settings.verbosity().more() : settings.verbosity().less());
        return List.of(reply(phrases.get("verbosity." + settings.verbosity().name())));
    }

    public List<GuidanceEvent> reply(String text, Instant time) {
        return List.of(GuidanceEvent.say(time, GuidanceEvent.Type.REPLY, "", text, Priority.INFO));
    }

    private GuidanceEvent reply(String text) {
        return GuidanceEvent.say(lastEventTime, GuidanceEvent.Type.REPLY, "", text, Priority.INFO);
    }

    public Phrases phrases() {
        return phrases;
    }

    /** The walker's position and course as far as known (for asking the server where they are). */
    public Optional<LatLon> lastPosition() {
        return lastFix().map(Fix::position);
    }

    public double courseDegrees() {
        return tracker.courseDegrees();
    }

    /** Remembers what was said (for "repeat" and reassurance); while paused, only urgent sentences are kept. */
    private List<GuidanceEvent> spoken(List<GuidanceEvent> events) {
        List<GuidanceEvent> kept = new ArrayList<>();
        for (GuidanceEvent e : events) {
            if (paused && e.isSpoken() && e.priority() != Priority.URGENT) continue;
            kept.add(e);
            if (e.isSpoken()) {
                lastSpokenTime = e.time();
                if (e.type() != GuidanceEvent.Type.REASSURANCE) lastSpokenText = e.text();
            }
        }
        return kept;
    }
}
