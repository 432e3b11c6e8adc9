package se.accessiblenav.voice.cli;

import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless voice client: {@code voice-client navigate|simulate|whereami|around|help|speak}. */
@Command(
        name = "voice-client",
        mixinStandardHelpOptions = true,
        version = "voice-client 0.1.0",
        description =
                "Spoken walking guidance for blind and low-vision walkers, from the accessible navigation server.",
        footer = ExitCodes.HELP,
        subcommands = {
            NavigateCommand.class,
            SimulateCommand.class,
            WhereAmICommand.class,
            AroundCommand.class,
            HelpCommand.class,
            SpeakCommand.class
        })
public final class VoiceClient implements Runnable {
    private final InputStream commandInput;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** @param commandInput where the walker's commands come from while walking (standard input) */
    public VoiceClient(InputStream commandInput) {
        this.commandInput = commandInput;
    }

    InputStream commandInput() {
        return commandInput;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine(InputStream commandInput) {
        return new CommandLine(new VoiceClient(commandInput))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    if (e instanceof CommandFailure failure) {
                        commandLine.getErr().println(failure.getMessage());
                        return failure.exitCode();
                    }
                    if (e instanceof IllegalArgumentException wrongOption) {
                        commandLine.getErr().println(wrongOption.getMessage());
                        return ExitCodes.USAGE;
                    }
                    throw e;
                });
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(Level.WARNING);
        System.exit(commandLine(System.in).execute(args));
    }
}
