package se.accessiblenav.voice.session;

import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import se.accessiblenav.voice.api.NavigationApi;
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
import se.accessiblenav.voice.speech.SpeechQueue;
import se.accessiblenav.voice.transcript.Transcript;

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
    private final WalkTranscript transcript;
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
    private final ServerQuestions questions;
    private final WalkHelp help;
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
        this.navigator = new Navigator(route, settings);
        this.transcript = new WalkTranscript(transcript, navigator, () -> walkTime);
        this.currentLine = route.line();
        this.timeFactor = timeFactor;
        this.speech = speechFactory.create(this.transcript);
        this.questions = new ServerQuestions(api, navigator, background);
        this.help = new WalkHelp(api, navigator, text -> inputs.add(new Reply(text)));
    }

    /** Who calls for help ({@code sos} while walking): the walker's name and the server's device token. */
    public WalkSession helpAs(String name, String deviceToken) {
        help.callAs(name, deviceToken);
        return this;
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
        transcript.record(
                startTime,
                "start",
                "",
                source.describe(),
                Map.of(
                        "route_length_m", Math.round(navigator.route().lengthMeters()),
                        "cues", navigator.route().cues().size()));
        handle(navigator.start(startTime));
        Thread reader = SessionThreads.start(
                "positions",
                () -> SessionThreads.readPositions(
                        source, event -> inputs.add(new Position(event)), why -> inputs.add(new SourceEnded(why))));
        if (commands != null)
            SessionThreads.start(
                    "commands", () -> SessionThreads.readLines(commands, line -> inputs.add(new Command(line))));
        Outcome outcome;
        try {
            outcome = loop();
        } finally {
            reader.interrupt();
            help.stop();
            SessionThreads.closeQuietly(source);
            speech.awaitIdle(30_000);
            speech.close();
            background.shutdownNow();
        }
        transcript.record(walkTime, "end", "", outcome.name().toLowerCase(java.util.Locale.ROOT), Map.of());
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
                transcript.fix(fix);
                handle(navigator.onFix(fix));
            } else {
                transcript.record(walkTime, "no_fix", "", "", Map.of());
                handle(navigator.onNoFix(walkTime));
            }
            retryIfDue();
        } else if (input instanceof SourceEnded ended) {
            transcript.record(walkTime, "positions_ended", "", ended.why(), Map.of());
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
        transcript.record(walkTime, "reroute", "", "", Map.of("route_length_m", Math.round(route.lengthMeters())));
        handle(navigator.replaceRoute(route, walkTime));
    }

    private void rerouteFailed(RerouteFailed failure) {
        rerouteInFlight = false;
        if (!navigator.isOffRoute()) {
            backoff.clear();
            transcript.record(walkTime, "reroute_failed", "", failure.reason(), Map.of("retry", false));
        } else {
            Duration wait = backoff.failed(walkTime);
            transcript.record(
                    walkTime, "reroute_failed", "", failure.reason(), Map.of("retry_in_s", wait.getSeconds()));
        }
        handle(navigator.rerouteFailed(failure.unreachable(), failure.reason(), walkTime));
    }

    private void handle(List<GuidanceEvent> events) {
        for (GuidanceEvent e : events) {
            transcript.record(e.time(), e.type().transcriptName(), e.cueId(), e.text(), Map.of());
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
        transcript.record(walkTime, "reroute_requested", "", "", Map.of());
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
        transcript.record(walkTime, "command", "", command.name().toLowerCase(java.util.Locale.ROOT), Map.of());
        switch (command) {
            case REPEAT -> handle(navigator.repeat());
            case NEXT -> handle(navigator.nextCue());
            case PAUSE -> handle(navigator.pause());
            case RESUME -> handle(navigator.resume());
            case MORE -> handle(navigator.changeVerbosity(true));
            case LESS -> handle(navigator.changeVerbosity(false));
            case WHERE -> questions.ask(false, walkTime, reply -> inputs.add(new Reply(reply)), this::handle);
            case AROUND -> questions.ask(true, walkTime, reply -> inputs.add(new Reply(reply)), this::handle);
            case CALL_FOR_HELP -> help.call(currentLine);
            case CANCEL_CALL -> help.cancel();
            case HELP -> handle(navigator.reply(navigator.phrases().get("commands"), walkTime));
            case QUIT -> {}
        }
        return command == WalkerCommand.QUIT ? Outcome.QUIT : null;
    }
}
