package se.accessiblenav.voice.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteRequest;
import se.accessiblenav.voice.geo.RouteLine;
import se.accessiblenav.voice.guidance.GuidanceSettings;
import se.accessiblenav.voice.position.PositionSource;
import se.accessiblenav.voice.session.TripSession;
import se.accessiblenav.voice.session.WalkSession;
import se.accessiblenav.voice.speech.Speaker;
import se.accessiblenav.voice.speech.SpeechException;
import se.accessiblenav.voice.speech.SpeechQueue;
import se.accessiblenav.voice.transcript.Transcript;

/** What {@code navigate} and {@code simulate} share: opening the voice and transcript, and running the walk. */
final class WalkRunner {
    private WalkRunner() {}

    static int walk(
            PrintWriter out,
            PrintWriter err,
            NavigationApi api,
            RouteRequest request,
            Route route,
            GuidanceSettings settings,
            SpeechOptions speech,
            Path transcriptFile,
            Function<Supplier<RouteLine>, PositionSource> positions,
            double timeFactor,
            Reader commands,
            Instant start,
            HelpOptions help) {
        return guide(out, err, speech, settings.language(), transcriptFile, (voice, transcript) -> {
            WalkSession session = new WalkSession(
                    api,
                    request,
                    route,
                    settings,
                    listener -> new SpeechQueue(voice, listener),
                    transcript,
                    timeFactor);
            session.helpAs(help.name, help.deviceToken);
            PositionSource source = positions.apply(session::currentLine);
            err.println("Guiding with " + source.describe() + "; speech: " + voice.describe()
                    + (transcriptFile == null ? "" : "; transcript: " + transcriptFile));
            return session.run(source, commands, start) == WalkSession.Outcome.ARRIVED
                    ? ExitCodes.OK
                    : ExitCodes.NOT_ARRIVED;
        });
    }

    /** A whole trip with public transport ({@link TripSession}). */
    static int trip(
            PrintWriter out,
            PrintWriter err,
            NavigationApi api,
            RouteRequest request,
            GuidanceSettings settings,
            SpeechOptions speech,
            Path transcriptFile,
            PositionSource positions,
            double timeFactor) {
        return guide(out, err, speech, settings.language(), transcriptFile, (voice, transcript) -> {
            TripSession session = new TripSession(
                    api, request, settings, listener -> new SpeechQueue(voice, listener), transcript, timeFactor);
            return switch (session.run(positions)) {
                case ARRIVED -> ExitCodes.OK;
                case NO_TRIP -> ExitCodes.SERVER_REFUSED;
                default -> ExitCodes.NOT_ARRIVED;
            };
        });
    }

    /** What a walk or a trip does with the voice and the transcript it is given; answers the exit code. */
    @FunctionalInterface
    private interface Guidance {
        int run(Speaker voice, Transcript transcript) throws IOException, InterruptedException;
    }

    /**
     * Opens the voice and the transcript, guides, and closes both. Each speech queue of the guidance (a trip
     * has one per leg) uses the voice in turn; it is closed once, here.
     */
    private static int guide(
            PrintWriter out,
            PrintWriter err,
            SpeechOptions speech,
            String language,
            Path transcriptFile,
            Guidance body) {
        Speaker speaker;
        try {
            speaker = speech.open(language, out, err);
        } catch (SpeechException e) {
            err.println("Cannot speak: " + e.getMessage());
            return ExitCodes.SPEECH_FAILED;
        }
        try (Transcript transcript =
                transcriptFile == null ? Transcript.inMemory() : Transcript.toFile(transcriptFile)) {
            int code = body.run(new SharedSpeaker(speaker), transcript);
            out.flush();
            return code;
        } catch (IOException e) {
            err.println("Cannot read positions or write the transcript"
                    + (transcriptFile == null ? "" : " " + transcriptFile) + ": " + e.getMessage());
            return ExitCodes.NOT_ARRIVED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.NOT_ARRIVED;
        } finally {
            speaker.close();
        }
    }

    /** A voice that several queues use in turn: closing a queue leaves it open. */
    private record SharedSpeaker(Speaker voice) implements Speaker {
        @Override
        public void speak(se.accessiblenav.voice.speech.Utterance utterance, Runnable audioStarted)
                throws SpeechException {
            voice.speak(utterance, audioStarted);
        }

        @Override
        public void cancel() {
            voice.cancel();
        }

        @Override
        public String describe() {
            return voice.describe();
        }

        @Override
        public void close() {}
    }

    static Reader commands(VoiceClient parent) {
        return new InputStreamReader(parent.commandInput(), StandardCharsets.UTF_8);
    }
}
