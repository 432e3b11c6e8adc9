package se.accessiblenav.voice.cli;

import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteRequest;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.guidance.GuidanceSettings;
import se.accessiblenav.voice.position.GpsErrorModel;
import se.accessiblenav.voice.position.PacedSource;
import se.accessiblenav.voice.position.SimulatedWalker;

/** {@code simulate}: a simulated walker follows the guidance, seen through a GPS error model. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Walk a route with a simulated walker and a realistic GPS error (noise, slowly drifting bias,"
                + " dropouts, jumps), with spoken guidance. --wrong-turn-at makes the walker go wrong once.",
        footer = ExitCodes.HELP)
final class SimulateCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    VoiceClient parent;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    GuidanceOptions guidance;

    @Mixin
    SpeechOptions speech;

    @Mixin
    HelpOptions help;

    @Option(
            names = "--from",
            required = true,
            description = "Start, latitude,longitude.",
            converter = LatLonConverter.class)
    LatLon from;

    @Option(
            names = "--to",
            required = true,
            description = "Destination, latitude,longitude.",
            converter = LatLonConverter.class)
    LatLon to;

    @Option(
            names = "--speed",
            defaultValue = "1.2",
            description = "The walker's speed in m/s (default ${DEFAULT-VALUE}).")
    double speed;

    @Option(
            names = "--time-factor",
            defaultValue = "1",
            description = "Walk this many times faster than real time (default ${DEFAULT-VALUE}).")
    double timeFactor;

    @Option(
            names = "--noise",
            defaultValue = "0",
            description = "GPS accuracy in metres: 68 %% of fixes fall within it (default ${DEFAULT-VALUE}).")
    double noise;

    @Option(
            names = "--drift-share",
            defaultValue = "0.36",
            description = "The part of the error variance that drifts slowly (default ${DEFAULT-VALUE}).")
    double driftShare;

    @Option(
            names = "--velocity-noise",
            defaultValue = "" + GpsErrorModel.TYPICAL_VELOCITY_NOISE,
            description = "Error of the reported speed and course (Doppler), m/s per axis (default ${DEFAULT-VALUE}).")
    double velocityNoise;

    @Option(
            names = "--dropouts-per-hour",
            defaultValue = "0",
            description = "GPS dropouts per hour (default ${DEFAULT-VALUE}).")
    double dropoutsPerHour;

    @Option(
            names = "--dropout-seconds",
            defaultValue = "8",
            description = "Length of a dropout (default ${DEFAULT-VALUE}).")
    int dropoutSeconds;

    @Option(
            names = "--jumps-per-hour",
            defaultValue = "0",
            description = "Position jumps per hour (default ${DEFAULT-VALUE}).")
    double jumpsPerHour;

    @Option(names = "--jump-meters", defaultValue = "30", description = "Size of a jump (default ${DEFAULT-VALUE}).")
    double jumpMeters;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Random seed of the GPS error (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--wrong-turn-at",
            description = "Leave the route after this many metres along it, or at its first turn with 'first-turn'"
                    + " (going straight on where the route turns).")
    String wrongTurnAt;

    @Option(
            names = "--wrong-turn-angle",
            defaultValue = "0",
            description = "Direction of the wrong way, degrees from the route's direction before the point (default"
                    + " ${DEFAULT-VALUE}: straight on).")
    double wrongTurnAngle;

    @Option(
            names = "--wrong-turn-length",
            defaultValue = "40",
            description = "How far the walker goes the wrong way before stopping (default ${DEFAULT-VALUE} m).")
    double wrongTurnLength;

    @Option(names = "--transcript", description = "Write the walk's transcript (JSON lines) to this file.")
    Path transcript;

    /** Where the walker leaves the route: a distance, or the first turn the route's guidance names. */
    private double wrongTurnMeters(Route route) {
        if (wrongTurnAt.equals("first-turn"))
            return route.cues().stream()
                    .filter(cue -> cue.kind().equals("turn"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "--wrong-turn-at first-turn: this route has no turn; give a distance in metres"))
                    .distanceMeters();
        try {
            double meters = Double.parseDouble(wrongTurnAt);
            if (!(meters >= 0)) throw new NumberFormatException();
            return meters;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--wrong-turn-at must be metres along the route (e.g. 120) or first-turn, not '" + wrongTurnAt
                            + "'");
        }
    }

    @Override
    public Integer call() {
        GuidanceSettings settings = guidance.settings();
        if (!(timeFactor > 0 && timeFactor <= 200))
            throw new IllegalArgumentException("--time-factor must be above 0 and at most 200");
        NavigationApi api = server.api();
        RouteRequest request = new RouteRequest(from, to, guidance.profile, settings.language(), speed);
        Route route = Routes.first(api, request);
        GpsErrorModel gps = new GpsErrorModel(
                new GpsErrorModel.Settings(
                        noise,
                        driftShare,
                        60,
                        dropoutsPerHour,
                        dropoutSeconds,
                        jumpsPerHour,
                        jumpMeters,
                        velocityNoise),
                seed);
        SimulatedWalker.Deviation deviation = wrongTurnAt == null
                ? null
                : new SimulatedWalker.Deviation(wrongTurnMeters(route), wrongTurnAngle, wrongTurnLength);
        Instant start = Instant.now();
        return WalkRunner.walk(
                spec.commandLine().getOut(),
                spec.commandLine().getErr(),
                api,
                request,
                route,
                settings,
                speech,
                transcript,
                line -> new PacedSource(new SimulatedWalker(line, speed, gps, deviation, start), timeFactor),
                timeFactor,
                WalkRunner.commands(parent),
                start,
                help);
    }
}
