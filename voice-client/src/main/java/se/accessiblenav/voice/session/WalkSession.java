package se.accessiblenav.voice.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.api.PlaceReport;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteRequest;
import se.accessiblenav.voice.api.ServerRefusedException;
import se.accessiblenav.voice.api.ServerUnreachableException;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;
import se.accessiblenav.voice.guidance.GuidanceEvent;
import se.accessiblenav.voice.guidance.GuidanceSettings;
import se.accessiblenav.voice.guidance.Navigator;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.position.PositionEvent;
import se.accessiblenav.voice.position.PositionSource;
import se.accessiblenav.voice.speech.SpeechException;
import se.accessiblenav.voice.speech.SpeechQueue;
import se.accessiblenav.voice.speech.Utterance;
import se.accessiblenav.voice.transcript.Transcript;
import se.accessiblenav.voice.transcript.TranscriptEntry;

/**
 * One guided walk: fixes from a position source, commands from the walker, and answers from the server all
 * come into one queue and are handled one at a time by the {@link Navigator}; what it decides is spoken
 * through the {@link SpeechQueue} and written to the {@link Transcript}. Server calls never block the walk:
 * a reroute runs in the background, and while the server cannot be reached guidance goes on on the route
 * held, with retries after 2, 4, 8, 16 and then every 30 seconds.
 */
public final class WalkSession {
    /** How a walk ended. */
    public enum Outcome {
        ARRIVED,
        POSITIONS_ENDED,
        QUIT
    }

    private static final Logger LOG = Logger.getLogger(WalkSession.class.getName());
    private static final long TICK_MILLIS = 1000;

    private sealed interface Input permits Position, SourceEnded, Command, Rerouted, RerouteFailed, Reply {}

    private record Position(PositionEvent event) implements Input {}

    private record SourceEnded(String why) implements Input {}

    private record Command(String line) implements Input {}

    private record Rerouted(Route route) implements Input {}

    private record RerouteFailed(boolean unreachable, String reason) implements Input {}

    private record Reply(String text) implements Input {}

    private final NavigationApi api;
    private final RouteRequest request;
    private final Transcript transcript;
    private final SpeechQueue speech;
    private final Navigator navigator;
    private final double timeFactor;
    private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "server-calls");
        t.setDaemon(true);
        return t;
    });
    private final RerouteBackoff backoff = new RerouteBackoff();
    private volatile RouteLine currentLine;
    private volatile Instant walkTime;
    private boolean rerouteInFlight;

    /**
     * @param timeFactor how much faster than real time the positions come (1 for a real receiver), to keep
     *     walk time going between fixes
     */
    public WalkSession(
            NavigationApi api,
            RouteRequest request,
            Route route,
            GuidanceSettings settings,
            SpeechQueueFactory speechFactory,
            Transcript transcript,
            double timeFactor) {
        this.api = api;
        this.request = request;
        this.transcript = transcript;
        this.navigator = new Navigator(route, settings);
        this.currentLine = route.line();
        this.timeFactor = timeFactor;
        this.speech = speechFactory.create(new SpeechTranscript());
    }

    /** Makes the speech queue once the session can listen to it. */
    @FunctionalInterface
    public interface SpeechQueueFactory {
        SpeechQueue create(SpeechQueue.Listener listener);
    }

    /** The route line the client holds now (the simulated walker follows it). */
    public RouteLine currentLine() {
        return currentLine;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** Guides until arrival, the end of the positions, or "quit". Closes the source and the speech queue. */
    public Outcome run(PositionSource source, Reader commands, Instant startTime) throws InterruptedException {
        walkTime = startTime;
        record(
                startTime,
                "start",
                "",
                source.describe(),
                Map.of(
                        "route_length_m", Math.round(navigator.route().lengthMeters()),
                        "cues", navigator.route().cues().size()));
        handle(navigator.start(startTime));
        Thread reader = startDaemon("positions", () -> readPositions(source));
        if (commands != null) startDaemon("commands", () -> readCommands(commands));
        Outcome outcome;
        try {
            outcome = loop();
        } finally {
            reader.interrupt();
            closeQuietly(source);
            speech.awaitIdle(30_000);
            speech.close();
            background.shutdownNow();
        }
        record(walkTime, "end", "", outcome.name().toLowerCase(java.util.Locale.ROOT), Map.of());
        return outcome;
    }

    private Outcome loop() throws InterruptedException {
        long lastInputNanos = System.nanoTime();
        Instant lastInputTime = walkTime;
        while (true) {
            Input input = inputs.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
            if (input == null) {
                long silentMillis = (System.nanoTime() - lastInputNanos) / 1_000_000;
                walkTime = lastInputTime.plusMillis((long) (silentMillis * timeFactor));
                handle(navigator.onNoFix(walkTime));
                retryIfDue();
                continue;
            }
            if (input instanceof Position p) {
                lastInputNanos = System.nanoTime();
                lastInputTime = p.event().time();
            }
            Outcome end = handleInput(input);
            if (end != null) return end;
            if (navigator.hasArrived()) return Outcome.ARRIVED;
        }
    }

    private Outcome handleInput(Input input) {
        if (input instanceof Position p) {
            walkTime = p.event().time();
            if (p.event() instanceof Fix fix) {
                recordFix(fix);
                handle(navigator.onFix(fix));
            } else {
                record(walkTime, "no_fix", "", "", Map.of());
                handle(navigator.onNoFix(walkTime));
            }
            retryIfDue();
        } else if (input instanceof SourceEnded ended) {
            record(walkTime, "positions_ended", "", ended.why(), Map.of());
            return Outcome.POSITIONS_ENDED;
        } else if (input instanceof Command c) {
            return command(c.line());
        } else if (input instanceof Rerouted r) {
            rerouted(r.route());
        } else if (input instanceof RerouteFailed f) {
            rerouteFailed(f);
        } else if (input instanceof Reply r) {
            handle(navigator.reply(r.text(), walkTime));
        }
        return null;
    }

    private void rerouted(Route route) {
        rerouteInFlight = false;
        backoff.clear();
        navigator.serverAnswered();
        currentLine = route.line();
        record(walkTime, "reroute", "", "", Map.of("route_length_m", Math.round(route.lengthMeters())));
        handle(navigator.replaceRoute(route, walkTime));
    }

    private void rerouteFailed(RerouteFailed failure) {
        rerouteInFlight = false;
        if (!navigator.isOffRoute()) {
            backoff.clear();
            record(walkTime, "reroute_failed", "", failure.reason(), Map.of("retry", false));
        } else {
            Duration wait = backoff.failed(walkTime);
            record(walkTime, "reroute_failed", "", failure.reason(), Map.of("retry_in_s", wait.getSeconds()));
        }
        handle(navigator.rerouteFailed(failure.unreachable(), failure.reason(), walkTime));
    }

    private void handle(List<GuidanceEvent> events) {
        for (GuidanceEvent e : events) {
            record(e.time(), e.type().transcriptName(), e.cueId(), e.text(), Map.of());
            if (e.type() == GuidanceEvent.Type.REROUTE_NEEDED) requestReroute();
            else if (e.type() == GuidanceEvent.Type.BACK_ON_ROUTE) backoff.clear();
            if (e.isSpoken())
                speech.say(
                        e.text(),
                        navigator.settings().language(),
                        e.priority(),
                        e.type().transcriptName() + e.cueId());
        }
    }

    private void retryIfDue() {
        if (navigator.isOffRoute() && !rerouteInFlight && backoff.isDue(walkTime)) requestReroute();
    }

    private void requestReroute() {
        if (rerouteInFlight || navigator.lastPosition().isEmpty()) return;
        rerouteInFlight = true;
        backoff.attempted();
        LatLon from = navigator.lastPosition().get();
        record(walkTime, "reroute_requested", "", "", Map.of());
        background.submit(() -> {
            try {
                inputs.add(new Rerouted(api.route(request.from(from))));
            } catch (ServerUnreachableException e) {
                inputs.add(new RerouteFailed(true, e.getMessage()));
            } catch (ServerRefusedException e) {
                inputs.add(new RerouteFailed(false, e.getMessage()));
            }
        });
    }

    private Outcome command(String line) {
        var parsed = WalkerCommand.parse(line);
        if (parsed.isEmpty()) return null;
        WalkerCommand command = parsed.get();
        record(walkTime, "command", "", command.name().toLowerCase(java.util.Locale.ROOT), Map.of());
        switch (command) {
            case REPEAT -> handle(navigator.repeat());
            case NEXT -> handle(navigator.nextCue());
            case PAUSE -> handle(navigator.pause());
            case RESUME -> handle(navigator.resume());
            case MORE -> handle(navigator.changeVerbosity(true));
            case LESS -> handle(navigator.changeVerbosity(false));
            case WHERE -> askServer(false);
            case AROUND -> askServer(true);
            case HELP -> handle(navigator.reply(navigator.phrases().get("commands"), walkTime));
            case QUIT -> {}
        }
        return command == WalkerCommand.QUIT ? Outcome.QUIT : null;
    }

    /** "Where am I" and "what is around" come from the server; without it, from the route alone. */
    private void askServer(boolean around) {
        var position = navigator.lastPosition();
        if (position.isEmpty()) {
            handle(navigator.reply(navigator.phrases().get("gps.waiting"), walkTime));
            return;
        }
        double accuracy = navigator.lastFix().get().accuracyMeters();
        Double heading = Double.isNaN(navigator.courseDegrees()) ? null : navigator.courseDegrees();
        String language = navigator.settings().language();
        String offline = navigator.describeOffline();
        String unavailable = navigator.phrases().get("server.unavailable");
        background.submit(() -> {
            try {
                PlaceReport report = around
                        ? api.around(position.get(), heading, 50, accuracy, language)
                        : api.whereAmI(position.get(), heading, accuracy, language);
                String places =
                        String.join(" ", report.places().stream().limit(3).toList());
                inputs.add(new Reply((report.text() + " " + places).trim()));
            } catch (ServerUnreachableException | ServerRefusedException e) {
                inputs.add(new Reply(around ? unavailable : unavailable + " " + offline));
            }
        });
    }

    private void readPositions(PositionSource source) {
        try {
            PositionEvent event;
            while ((event = source.next()) != null) inputs.add(new Position(event));
            inputs.add(new SourceEnded("the position source ended"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warning("Position source failed: " + e.getMessage());
            inputs.add(new SourceEnded("the position source failed: " + e.getMessage()));
        }
    }

    private void readCommands(Reader commands) {
        try (BufferedReader lines = new BufferedReader(commands)) {
            String line;
            while ((line = lines.readLine()) != null) inputs.add(new Command(line));
        } catch (IOException e) {
            LOG.fine("Command input closed: " + e.getMessage());
        }
    }

    private static Thread startDaemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void closeQuietly(PositionSource source) {
        try {
            source.close();
        } catch (IOException e) {
            LOG.fine("Closing the position source: " + e.getMessage());
        }
    }

    private void recordFix(Fix fix) {
        transcript.record(new TranscriptEntry(
                fix.time(),
                fix.position().lat(),
                fix.position().lon(),
                fix.accuracyMeters(),
                null,
                "fix",
                "",
                "",
                withTruth(Map.of(), fix)));
    }

    private void record(Instant time, String event, String cueId, String text, Map<String, Object> extra) {
        var fix = navigator.lastFix();
        transcript.record(new TranscriptEntry(
                time,
                fix.map(f -> f.position().lat()).orElse(null),
                fix.map(f -> f.position().lon()).orElse(null),
                fix.map(Fix::accuracyMeters).orElse(null),
                navigator.alongMeters(),
                event,
                cueId,
                text,
                withTruth(extra, fix.orElse(null))));
    }

    /** The simulated walker's true position beside an event's own fields (real receivers have none). */
    private static Map<String, Object> withTruth(Map<String, Object> extra, Fix fix) {
        if (fix == null || fix.truth() == null) return extra;
        Map<String, Object> all = new HashMap<>(extra);
        all.put("true_lat", Math.round(fix.truth().lat() * 1e7) / 1e7);
        all.put("true_lon", Math.round(fix.truth().lon() * 1e7) / 1e7);
        return all;
    }

    /** Speech events in the transcript, at the walk time when they happen. */
    private final class SpeechTranscript implements SpeechQueue.Listener {
        @Override
        public void started(Utterance u, long delayNanos) {
            record(walkTime, "speech_start", "", u.text(), Map.of("delay_ms", delayNanos / 1_000_000, "key", u.key()));
        }

        @Override
        public void finished(Utterance u, boolean cutOff) {
            record(walkTime, cutOff ? "speech_cut_off" : "speech_end", "", "", Map.of("key", u.key()));
        }

        @Override
        public void dropped(Utterance u, String why) {
            record(walkTime, "speech_dropped", "", u.text(), Map.of("why", why));
        }

        @Override
        public void failed(Utterance u, SpeechException error) {
            record(walkTime, "speech_failed", "", u.text(), Map.of("error", String.valueOf(error.getMessage())));
        }
    }
}
