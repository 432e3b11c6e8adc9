package se.accessiblenav.voice.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.accessiblenav.voice.guidance.GuidanceSettings;
import se.accessiblenav.voice.guidance.Verbosity;

/** How the walk is guided: profile, language and the guidance settings. */
final class GuidanceOptions {
    @Option(
            names = "--profile",
            defaultValue = "blind_cane",
            description = "Walker profile: blind_cane, guide_dog, low_vision or foot (default ${DEFAULT-VALUE}).")
    String profile;

    @Mixin
    LanguageOption lang;

    @Option(
            names = "--arrival-distance",
            defaultValue = "10",
            description = "Announce arrival this many metres from the destination (default ${DEFAULT-VALUE}).")
    double arrivalDistanceMeters;

    @Option(
            names = "--lead-seconds",
            defaultValue = "1.5",
            description = "Announce this many seconds of walking earlier than the server's distances (default"
                    + " ${DEFAULT-VALUE}).")
    double leadSeconds;

    @Option(
            names = "--off-route-distance",
            defaultValue = "12",
            description = "Metres from the route that count as leaving it, before accuracy scaling (default"
                    + " ${DEFAULT-VALUE}).")
    double offRouteMeters;

    @Option(
            names = "--verbosity",
            defaultValue = "NORMAL",
            description =
                    "TERSE, NORMAL or VERBOSE (default ${DEFAULT-VALUE}); 'more' and 'less' change it while walking.")
    Verbosity verbosity;

    @Option(
            names = "--walking-speed",
            defaultValue = "1.2",
            description = "Walking speed in m/s assumed until it is measured (default ${DEFAULT-VALUE}).")
    double walkingSpeed;

    GuidanceSettings settings() {
        return new GuidanceSettings(
                lang.language(), arrivalDistanceMeters, leadSeconds, 5, offRouteMeters, verbosity, walkingSpeed);
    }
}
