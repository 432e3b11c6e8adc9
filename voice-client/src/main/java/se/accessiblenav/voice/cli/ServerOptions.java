package se.accessiblenav.voice.cli;

import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Option;
import se.accessiblenav.voice.api.NavigationApi;

/** Where the navigation server is. */
final class ServerOptions {
    @Option(
            names = "--server",
            defaultValue = "${env:NAVIGATION_SERVER:-http://localhost:8080}",
            description = "The navigation server (default: $NAVIGATION_SERVER or ${DEFAULT-VALUE}).")
    URI server;

    @Option(
            names = "--server-timeout",
            defaultValue = "5",
            description = "Seconds to wait for an answer from the server (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    NavigationApi api() {
        return new NavigationApi(server, Duration.ofSeconds(timeoutSeconds));
    }
}
