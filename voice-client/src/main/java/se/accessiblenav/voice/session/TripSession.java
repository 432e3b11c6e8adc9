package se.accessiblenav.voice.session;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.api.RouteRequest;
import se.accessiblenav.voice.api.ServerRefusedException;
import se.accessiblenav.voice.api.ServerUnreachableException;
import se.accessiblenav.voice.api.Trip;
import se.accessiblenav.voice.guidance.GuidanceSettings;
import se.accessiblenav.voice.guidance.Phrases;
import se.accessiblenav.voice.guidance.RideTracker;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.position.PositionEvent;
import se.accessiblenav.voice.position.PositionSource;
import se.accessiblenav.voice.speech.Priority;
import se.accessiblenav.voice.speech.SpeechQueue;
import se.accessiblenav.voice.transcript.Transcript;
import se.accessiblenav.voice.transcript.TranscriptEntry;

/**
 * A whole trip with public transport: each walk guided as a walk ({@link WalkSession}, with its own
 * off-route and reroute handling), each ride followed fix by fix ({@link RideTracker}: the wait, boarding,
 * each next stop, getting off). A vehicle that leaves without the walker: a new trip from where the walker
 * is, at that time.
 */
public final class TripSession {
    /** How a trip ended. */
    public enum Outcome {
        ARRIVED,
        POSITIONS_ENDED,
        QUIT,
        NO_TRIP
    }

    private final NavigationApi api;
    private final RouteRequest request;
    private final GuidanceSettings settings;
    private final WalkSession.SpeechQueueFactory speechFactory;
    private final Transcript transcript;
    private final double timeFactor;
    private final Phrases phrases;

    public TripSession(
            NavigationApi api,
            RouteRequest request,
            GuidanceSettings settings,
            WalkSession.SpeechQueueFactory speechFactory,
            Transcript transcript,
            double timeFactor) {
        this.api = api;
        this.request = request;
        this.settings = settings;
        this.speechFactory = speechFactory;
        this.transcript = transcript;
        this.timeFactor = timeFactor;
        this.phrases = Phrases.forLanguage(request.language());
    }

    /** Guides from the first fix to the destination. Closes the source. */
    public Outcome run(PositionSource source) throws InterruptedException, IOException {
        OneReaderAtATime positions = new OneReaderAtATime(source);
        try {
            Fix fix = nextFix(positions);
            if (fix == null) return Outcome.POSITIONS_ENDED;
            Trip trip = plan(fix);
            while (trip != null) {
                Trip next = null;
                for (Trip.Leg leg : trip.legs()) {
                    if (leg instanceof Trip.Walk walk) {
                        WalkSession.Outcome walked = walk(walk, positions, fix.time());
                        if (walked != WalkSession.Outcome.ARRIVED)
                            return walked == WalkSession.Outcome.QUIT ? Outcome.QUIT : Outcome.POSITIONS_ENDED;
                    } else if (leg instanceof Trip.Ride ride) {
                        RideResult result = ride(ride, positions);
                        if (result.fix() == null) return Outcome.POSITIONS_ENDED;
                        fix = result.fix();
                        if (result.missed()) {
                            next = plan(fix);
                            if (next == null) return Outcome.NO_TRIP;
                            break;
                        }
                    }
                }
                if (next == null) return Outcome.ARRIVED;
                trip = next;
            }
            return Outcome.NO_TRIP;
        } finally {
            source.close();
        }
    }

    private WalkSession.Outcome walk(Trip.Walk walk, PositionSource positions, Instant time)
            throws InterruptedException {
        RouteRequest leg = new RouteRequest(
                walk.from(), walk.to(), request.profile(), request.language(), request.walkingSpeedMetersPerSecond());
        WalkSession session = new WalkSession(api, leg, walk.route(), settings, speechFactory, transcript, timeFactor);
        return session.run(positions, null, time);
    }

    private record RideResult(Fix fix, boolean missed) {}

    private RideResult ride(Trip.Ride ride, PositionSource positions) throws InterruptedException, IOException {
        SpeechQueue speech = speechFactory.create(new SpeechQueue.Listener() {});
        try {
            RideTracker tracker = new RideTracker(ride.line(), ride.cues(), ride.departure());
            for (RideTracker.Event event : tracker.start()) say(speech, event.text(), "ride_cue", null);
            Fix last = null;
            while (true) {
                PositionEvent event = positions.next();
                if (event == null) return new RideResult(null, false);
                if (!(event instanceof Fix fix)) continue;
                last = fix;
                for (RideTracker.Event e : tracker.onFix(fix)) {
                    switch (e.state()) {
                        case ON_BOARD ->
                            say(speech, e.text().isEmpty() ? phrases.get("trip.boarded") : e.text(), "ride_cue", fix);
                        case ALIGHTED -> say(speech, phrases.get("trip.off", ride.alightStop()), "alighted", fix);
                        case MISSED -> say(speech, phrases.get("trip.missed"), "missed", fix);
                        default -> say(speech, e.text(), "ride_cue", fix);
                    }
                }
                if (tracker.state() == RideTracker.State.ALIGHTED) return new RideResult(last, false);
                if (tracker.state() == RideTracker.State.MISSED) return new RideResult(last, true);
            }
        } finally {
            speech.awaitIdle(30_000);
            speech.close();
        }
    }

    private Trip plan(Fix fix) throws InterruptedException {
        SpeechQueue speech = speechFactory.create(new SpeechQueue.Listener() {});
        try {
            Trip trip = api.trip(request.from(fix.position()), fix.time());
            say(speech, trip.summaryFullText(), "trip", fix);
            return trip;
        } catch (ServerUnreachableException | ServerRefusedException e) {
            say(speech, phrases.get("trip.none", e.getMessage()), "no_trip", fix);
            return null;
        } finally {
            speech.awaitIdle(30_000);
            speech.close();
        }
    }

    private void say(SpeechQueue speech, String text, String event, Fix fix) {
        if (text == null || text.isBlank()) return;
        speech.say(text, request.language(), Priority.GUIDANCE, "");
        transcript.record(new TranscriptEntry(
                fix == null ? Instant.now() : fix.time(),
                fix == null ? null : fix.position().lat(),
                fix == null ? null : fix.position().lon(),
                fix == null ? null : fix.accuracyMeters(),
                null,
                event,
                "",
                text,
                Map.of()));
    }

    private static Fix nextFix(PositionSource positions) throws IOException, InterruptedException {
        PositionEvent event;
        while ((event = positions.next()) != null) if (event instanceof Fix fix) return fix;
        return null;
    }

    /**
     * The trip's one position source, handed from leg to leg: each leg's reader may still be finishing its
     * last call when the next begins, so calls take turns; only the trip closes it.
     */
    private static final class OneReaderAtATime implements PositionSource {
        private final PositionSource source;

        OneReaderAtATime(PositionSource source) {
            this.source = source;
        }

        @Override
        public synchronized PositionEvent next() throws IOException, InterruptedException {
            return source.next();
        }

        @Override
        public String describe() {
            return source.describe();
        }

        @Override
        public void close() {}
    }
}
