package se.accessiblenav.voice.cli;

import picocli.CommandLine.Option;

/** Who calls for help: the walker's name as contacts see it, and the server's device token if it asks for one. */
final class HelpOptions {
    @Option(names = "--name", description = "Your name, as your contacts see it when you call for help.")
    String name;

    @Option(
            names = "--device-token",
            defaultValue = "${env:NAVIGATION_HELP_TOKEN:-}",
            description = "The server's device token for calls for help, when it asks for one"
                    + " (default: $NAVIGATION_HELP_TOKEN).")
    String deviceToken;
}
