package se.accessiblenav.voice.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.position.PositionEvent;
import se.accessiblenav.voice.position.PositionSource;
import se.accessiblenav.voice.session.HelpCaller;
import se.accessiblenav.voice.speech.Priority;
import se.accessiblenav.voice.speech.SpeechException;
import se.accessiblenav.voice.speech.SpeechQueue;

/**
 * {@code help}: calls the walker's contacts through the server, says where the walker is, keeps sending the
 * position until someone has seen the call (or the walker types {@code cancel}), and says who has.
 */
@Command(
        name = "help",
        mixinStandardHelpOptions = true,
        description = "Call for help: your contacts get your position in words, the coordinates and a live map;"
                + " you hear who has been reached and who has seen the call. Type 'cancel' and Enter to cancel.",
        footer = ExitCodes.HELP)
final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    VoiceClient parent;

    @Mixin
    ServerOptions server;

    @Mixin
    SpeechOptions speech;

    @Mixin
    LanguageOption lang;

    @Option(
            names = "--at",
            description = "Your position, latitude,longitude (or use --source).",
            converter = LatLonConverter.class)
    LatLon at;

    @Option(
            names = "--accuracy",
            defaultValue = "10",
            description = "Accuracy of --at in metres (default ${DEFAULT-VALUE}).")
    double accuracy;

    @Option(
            names = "--source",
            description = "Follow your position while the call is out: gpx:FILE, nmea:FILE, nmea:/dev/ttyUSB0, gpsd.")
    String source;

    @Option(
            names = "--replay-speed",
            defaultValue = "1",
            description = "Replay a recorded --source this many times faster.")
    double replaySpeed;

    @Mixin
    HelpOptions who;

    @Option(
            names = "--interval",
            defaultValue = "5",
            description = "Seconds between position updates and checks (default ${DEFAULT-VALUE}).")
    double intervalSeconds;

    @Option(
            names = "--give-up-after",
            defaultValue = "30",
            description = "Minutes to keep the call out without an answer (default ${DEFAULT-VALUE}).")
    double giveUpMinutes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (at == null && source == null)
            throw new CommandFailure(ExitCodes.USAGE, "Give your position: --at or --source.");
        String language = lang.language();
        AtomicReference<Fix> latest = new AtomicReference<>(
                at == null ? null : Fix.of(Clock.systemUTC().instant(), at, accuracy));
        PositionSource positions = source == null ? null : follow(latest, err);
        SpeechQueue voice;
        try {
            voice = new SpeechQueue(speech.open(language, out, err), new SpeechQueue.Listener() {});
        } catch (SpeechException e) {
            throw new CommandFailure(ExitCodes.SPEECH_FAILED, "Cannot speak: " + e.getMessage());
        }
        try {
            HelpCaller caller = new HelpCaller(
                    server.api(),
                    who.name,
                    language,
                    who.deviceToken,
                    Duration.ofMillis((long) (intervalSeconds * 1000)),
                    text -> voice.say(text, language, Priority.URGENT, ""));
            caller.call(latest::get, List.of(), Duration.ofMillis((long) (giveUpMinutes * 60_000)));
            watchForCancel(caller);
            String shown = "";
            HelpCaller.Outcome outcome;
            while ((outcome = caller.await(Duration.ofMillis(200))) == null) shown = showLink(caller, shown, out);
            showLink(caller, shown, out);
            voice.awaitIdle(120_000);
            return switch (outcome) {
                case SEEN, CANCELLED -> ExitCodes.OK;
                case UNANSWERED -> ExitCodes.NOT_ARRIVED;
                case SERVER_UNREACHABLE -> throw new CommandFailure(ExitCodes.SERVER_UNREACHABLE, caller.problem());
                case SERVER_REFUSED -> throw new CommandFailure(ExitCodes.SERVER_REFUSED, caller.problem());
            };
        } finally {
            voice.close();
            if (positions != null) positions.close();
        }
    }

    /** Prints the share link once the server has given it (the walker may read it to someone). */
    private static String showLink(HelpCaller caller, String shown, PrintWriter out) {
        String link = caller.shareUrl();
        if (!link.isEmpty() && !link.equals(shown)) {
            out.println("Share link sent to your contacts: " + link);
            out.flush();
        }
        return link;
    }

    /** Reads the position source on a thread of its own, keeping the latest fix. */
    private PositionSource follow(AtomicReference<Fix> latest, PrintWriter err) throws IOException {
        PositionOptions options = new PositionOptions();
        options.source = source;
        options.replaySpeed = replaySpeed;
        options.gpxAccuracy = 5;
        options.baud = 4800;
        PositionSource positions = options.open(Clock.systemUTC());
        Thread reader = new Thread(
                () -> {
                    try {
                        PositionEvent event;
                        while ((event = positions.next()) != null) if (event instanceof Fix fix) latest.set(fix);
                    } catch (IOException e) {
                        err.println("Position source stopped: " + e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "help-positions");
        reader.setDaemon(true);
        reader.start();
        return positions;
    }

    /** A line "cancel" (or "c") on the walker's command input cancels the call. */
    private void watchForCancel(HelpCaller caller) {
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(WalkRunner.commands(parent))) {
                        String line;
                        while ((line = lines.readLine()) != null)
                            if (line.strip().equalsIgnoreCase("cancel")
                                    || line.strip().equalsIgnoreCase("avbryt")
                                    || line.strip().equalsIgnoreCase("c")) caller.cancel();
                    } catch (IOException e) {
                        // no command input: the call runs until seen or given up
                    }
                },
                "help-commands");
        reader.setDaemon(true);
        reader.start();
    }
}
