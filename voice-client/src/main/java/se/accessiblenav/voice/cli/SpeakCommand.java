package se.accessiblenav.voice.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code speak}: says a text; a smoke test of the audio. */
@Command(
        name = "speak",
        mixinStandardHelpOptions = true,
        description =
                "Say a text through the chosen voice: a smoke test of the audio (or of WAV output with --wav-dir).",
        footer = ExitCodes.HELP)
final class SpeakCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpeechOptions speech;

    @Mixin
    LanguageOption lang;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to say.")
    List<String> words;

    @Override
    public Integer call() {
        return PlaceQuery.say(
                String.join(" ", words),
                lang.language(),
                speech,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
