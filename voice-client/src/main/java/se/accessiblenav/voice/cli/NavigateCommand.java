package se.accessiblenav.voice.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
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
import se.accessiblenav.voice.position.FirstFix;
import se.accessiblenav.voice.position.PositionSource;

/** {@code navigate}: guides a real (or replayed) walk from where the GPS says the walker is to a destination. */
@Command(
        name = "navigate",
        mixinStandardHelpOptions = true,
        description = "Guide a walk by voice from the position source's first fix to a destination. While walking,"
                + " type repeat, where, around, next, pause, resume, more, less or quit (Swedish words work too).",
        footer = ExitCodes.HELP)
final class NavigateCommand implements Callable<Integer> {
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

    @Mixin
    PositionOptions positions;

    @Option(
            names = "--to",
            required = true,
            description = "Destination, latitude,longitude.",
            converter = LatLonConverter.class)
    LatLon to;

    @Option(
            names = "--first-fix-timeout",
            defaultValue = "120",
            description = "Seconds to wait for the first GPS fix (default ${DEFAULT-VALUE}).")
    int firstFixTimeoutSeconds;

    @Option(names = "--transcript", description = "Write the walk's transcript (JSON lines) to this file.")
    Path transcript;

    @Option(
            names = "--transit",
            description = "Go by public transport where the server has a timetable: every walk, the wait at the stop,"
                    + " each stop on board and getting off are said; a missed vehicle brings a new trip.")
    boolean transit;

    @Override
    public Integer call() {
        GuidanceSettings settings = guidance.settings();
        NavigationApi api = server.api();
        FirstFix source = firstFix();
        RouteRequest request = new RouteRequest(
                source.fix().position(),
                to,
                guidance.profile,
                settings.language(),
                settings.nominalSpeedMetersPerSecond());
        if (transit)
            return WalkRunner.trip(
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr(),
                    api,
                    request,
                    settings,
                    speech,
                    transcript,
                    source,
                    positions.timeFactor());
        Route route;
        try {
            route = Routes.first(api, request);
        } catch (CommandFailure e) {
            close(source);
            throw e;
        }
        Reader commands = positions.source.equals("nmea:-") ? null : WalkRunner.commands(parent);
        return WalkRunner.walk(
                spec.commandLine().getOut(),
                spec.commandLine().getErr(),
                api,
                request,
                route,
                settings,
                speech,
                transcript,
                line -> source,
                positions.timeFactor(),
                commands,
                source.fix().time(),
                help);
    }

    private FirstFix firstFix() {
        PositionSource opened;
        try {
            opened = positions.open(Clock.systemUTC());
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.NO_POSITION, "Cannot open the position source: " + e.getMessage());
        }
        try {
            spec.commandLine().getErr().println("Waiting for the first fix from " + opened.describe() + "...");
            FirstFix first = FirstFix.await(opened, Duration.ofSeconds(firstFixTimeoutSeconds));
            if (first == null) {
                close(opened);
                throw new CommandFailure(
                        ExitCodes.NO_POSITION,
                        "No GPS fix from " + opened.describe() + " within " + firstFixTimeoutSeconds
                                + " s; go outside or check the receiver.");
            }
            return first;
        } catch (IOException e) {
            close(opened);
            throw new CommandFailure(ExitCodes.NO_POSITION, "Cannot read positions: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(opened);
            throw new CommandFailure(ExitCodes.NO_POSITION, "Interrupted while waiting for a fix");
        }
    }

    private static void close(PositionSource source) {
        try {
            source.close();
        } catch (IOException ignored) {
            // nothing more to do with a source we give up
        }
    }
}
