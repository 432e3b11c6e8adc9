package se.accessiblenav.voice.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;
import se.accessiblenav.voice.api.PlaceReport;
import se.accessiblenav.voice.api.ServerRefusedException;
import se.accessiblenav.voice.api.ServerUnreachableException;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.speech.Priority;
import se.accessiblenav.voice.speech.Speaker;
import se.accessiblenav.voice.speech.SpeechException;
import se.accessiblenav.voice.speech.SpeechQueue;
import se.accessiblenav.voice.speech.Utterance;

/** What {@code whereami} and {@code around} share: a position, a heading, and saying the answer. */
final class PlaceQuery {
    @Option(
            names = "--at",
            required = true,
            description = "Your position, latitude,longitude.",
            converter = LatLonConverter.class)
    LatLon at;

    @Option(names = "--heading", description = "The direction you face, degrees from north (for clock directions).")
    Double heading;

    @Option(
            names = "--accuracy",
            defaultValue = "5",
            description = "GPS accuracy in metres (default ${DEFAULT-VALUE}).")
    double accuracy;

    @FunctionalInterface
    interface Ask {
        PlaceReport ask() throws ServerUnreachableException, ServerRefusedException;
    }

    static int answer(Ask question, String language, SpeechOptions speech, PrintWriter out, PrintWriter err) {
        PlaceReport report;
        try {
            report = question.ask();
        } catch (ServerUnreachableException e) {
            throw new CommandFailure(ExitCodes.SERVER_UNREACHABLE, e.getMessage());
        } catch (ServerRefusedException e) {
            throw new CommandFailure(ExitCodes.SERVER_REFUSED, e.getMessage());
        }
        String text = String.join(" ", report.text(), String.join(" ", report.places()))
                .trim();
        return say(text, language, speech, out, err);
    }

    /** Says a text once through the chosen voice and waits until it has been said. */
    static int say(String text, String language, SpeechOptions speech, PrintWriter out, PrintWriter err) {
        Speaker speaker;
        try {
            speaker = speech.open(language, out, err);
        } catch (SpeechException e) {
            throw new CommandFailure(ExitCodes.SPEECH_FAILED, "Cannot speak: " + e.getMessage());
        }
        boolean[] failed = {false};
        SpeechQueue queue = new SpeechQueue(speaker, new SpeechQueue.Listener() {
            @Override
            public void failed(Utterance utterance, SpeechException error) {
                failed[0] = true;
                err.println("Cannot speak: " + error.getMessage());
            }
        });
        try {
            queue.say(text, language, Priority.GUIDANCE, "say");
            queue.awaitIdle(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            queue.close();
        }
        return failed[0] ? ExitCodes.SPEECH_FAILED : ExitCodes.OK;
    }
}
