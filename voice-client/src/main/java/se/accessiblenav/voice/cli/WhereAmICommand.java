package se.accessiblenav.voice.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code whereami}: the street and side, the nearest corner and the direction, said aloud. */
@Command(
        name = "whereami",
        mixinStandardHelpOptions = true,
        description = "Say where you are: street, side, nearest corner, and with --heading the direction you face.",
        footer = ExitCodes.HELP)
final class WhereAmICommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    SpeechOptions speech;

    @Mixin
    PlaceQuery place;

    @Mixin
    LanguageOption lang;

    @Override
    public Integer call() {
        return PlaceQuery.answer(
                () -> server.api().whereAmI(place.at, place.heading, place.accuracy, lang.language()),
                lang.language(),
                speech,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
