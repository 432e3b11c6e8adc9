package se.accessiblenav.voice.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code around}: the named places near you, nearest first, said aloud. */
@Command(
        name = "around",
        mixinStandardHelpOptions = true,
        description = "Say what is around you: named places within --radius metres, nearest first.",
        footer = ExitCodes.HELP)
final class AroundCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    SpeechOptions speech;

    @Mixin
    PlaceQuery place;

    @Option(
            names = "--radius",
            defaultValue = "50",
            description = "Metres around you, 5 to 500 (default ${DEFAULT-VALUE}).")
    double radius;

    @Mixin
    LanguageOption lang;

    @Override
    public Integer call() {
        return PlaceQuery.answer(
                () -> server.api().around(place.at, place.heading, radius, place.accuracy, lang.language()),
                lang.language(),
                speech,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
