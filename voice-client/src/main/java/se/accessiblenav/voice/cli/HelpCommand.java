package se.accessiblenav.voice.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.accessiblenav.voice.api.HelpCall;
import se.accessiblenav.voice.api.HelpStatus;
import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.api.ServerRefusedException;
import se.accessiblenav.voice.api.ServerUnreachableException;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.help.HelpWatch;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.position.PositionEvent;
import se.accessiblenav.voice.position.PositionSource;
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

    @Option(names = "--name", description = "Your name, as your contacts see it.")
    String name;

    @Option(
            names = "--device-token",
            defaultValue = "${env:NAVIGATION_HELP_TOKEN:-}",
            description = "The server's device token, when it asks for one (default: $NAVIGATION_HELP_TOKEN).")
    String deviceToken;

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
        HelpWatch watch = new HelpWatch(language);
        NavigationApi api = server.api();
        AtomicReference<Fix> latest = new AtomicReference<>(
                at == null ? null : Fix.of(Clock.systemUTC().instant(), at, accuracy));
        PositionSource positions = source == null ? null : follow(latest, err);
        SpeechQueue voice;
        try {
            voice = new SpeechQueue(speech.open(language, out, err), new SpeechQueue.Listener() {});
        } catch (SpeechException e) {
            throw new CommandFailure(ExitCodes.SPEECH_FAILED, "Cannot speak: " + e.getMessage());
        }
        AtomicBoolean cancel = watchForCancel();
        try {
            voice.say(watch.calling(), language, Priority.URGENT, "");
            Fix first = awaitFix(latest);
            HelpCall call =
                    api.callForHelp(first.position(), first.accuracyMeters(), name, language, List.of(), deviceToken);
            out.println("Share link sent to your contacts: " + call.shareUrl());
            out.flush();
            voice.say(watch.called(call), language, Priority.URGENT, "");
            int code = follow(api, call, watch, voice, language, latest, cancel, out);
            voice.awaitIdle(120_000);
            return code;
        } catch (ServerUnreachableException e) {
            voice.say(
                    language.equals("sv")
                            ? "Servern svarar inte. Ring efter hjälp."
                            : "The server cannot be reached. Phone for help.",
                    language,
                    Priority.URGENT,
                    "");
            voice.awaitIdle(60_000);
            throw new CommandFailure(ExitCodes.SERVER_UNREACHABLE, e.getMessage());
        } catch (ServerRefusedException e) {
            throw new CommandFailure(ExitCodes.SERVER_REFUSED, e.getMessage());
        } finally {
            voice.close();
            if (positions != null) positions.close();
        }
    }

    /**
     * Sends the position and reads the call's status until it is seen, cancelled, or given up. A call the
     * server no longer knows (it restarted) is made again, and the walker is told.
     */
    private int follow(
            NavigationApi api,
            HelpCall first,
            HelpWatch watch,
            SpeechQueue voice,
            String language,
            AtomicReference<Fix> latest,
            AtomicBoolean cancel,
            PrintWriter out)
            throws ServerUnreachableException, ServerRefusedException, InterruptedException {
        long until = System.nanoTime()
                + Duration.ofMillis((long) (giveUpMinutes * 60_000)).toNanos();
        HelpCall call = first;
        Fix sent = latest.get();
        while (System.nanoTime() < until) {
            try {
                if (cancel.get()) {
                    api.cancelHelp(call);
                    voice.say(watch.cancelled(), language, Priority.URGENT, "");
                    return ExitCodes.OK;
                }
                Fix now = latest.get();
                if (now != null && now != sent) {
                    api.moveHelp(call, now.position(), now.accuracyMeters());
                    sent = now;
                }
                HelpStatus status = api.helpStatus(call);
                for (String news : watch.news(status)) {
                    out.println(news);
                    voice.say(news, language, Priority.URGENT, "");
                }
                out.flush();
                if (HelpWatch.answered(status)) return ExitCodes.OK;
            } catch (ServerRefusedException lost) {
                if (lost.status() != 404) throw lost;
                voice.say(watch.callingAgain(), language, Priority.URGENT, "");
                Fix at = latest.get();
                call = api.callForHelp(at.position(), at.accuracyMeters(), name, language, List.of(), deviceToken);
                out.println("Share link sent to your contacts: " + call.shareUrl());
            }
            Thread.sleep((long) (intervalSeconds * 1000));
        }
        voice.say(watch.unanswered(), language, Priority.URGENT, "");
        return ExitCodes.NOT_ARRIVED;
    }

    private Fix awaitFix(AtomicReference<Fix> latest) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (latest.get() == null) {
            if (System.nanoTime() > until)
                throw new CommandFailure(ExitCodes.NO_POSITION, "No position from " + source + " in 30 s.");
            Thread.sleep(100);
        }
        return latest.get();
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
    private AtomicBoolean watchForCancel() {
        AtomicBoolean cancel = new AtomicBoolean();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(WalkRunner.commands(parent))) {
                        String line;
                        while ((line = lines.readLine()) != null)
                            if (line.strip().equalsIgnoreCase("cancel")
                                    || line.strip().equalsIgnoreCase("c")) cancel.set(true);
                    } catch (IOException e) {
                        // no command input: the call runs until seen or given up
                    }
                },
                "help-commands");
        reader.setDaemon(true);
        reader.start();
        return cancel;
    }
}
