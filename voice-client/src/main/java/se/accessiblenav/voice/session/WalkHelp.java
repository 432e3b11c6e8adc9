package se.accessiblenav.voice.session;

import java.time.Duration;
import java.util.function.Consumer;
import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.geo.RouteLine;
import se.accessiblenav.voice.guidance.Navigator;

/** A call for help made while walking ({@code sos}, or {@code !}): from the walker's latest fix, with the route. */
final class WalkHelp {
    private final NavigationApi api;
    private final Navigator navigator;
    private final Consumer<String> say;
    private String name = "";
    private String deviceToken = "";
    private HelpCaller caller;

    WalkHelp(NavigationApi api, Navigator navigator, Consumer<String> say) {
        this.api = api;
        this.navigator = navigator;
        this.say = say;
    }

    void callAs(String walkerName, String token) {
        this.name = walkerName == null ? "" : walkerName;
        this.deviceToken = token == null ? "" : token;
    }

    void call(RouteLine route) {
        caller().call(() -> navigator.lastFix().orElse(null), route.points(), Duration.ofMinutes(30));
    }

    void cancel() {
        if (caller != null) caller.cancel();
    }

    /** The walk ended: the call is no longer followed (it stays out on the server until it expires). */
    void stop() {
        if (caller != null) caller.stop();
    }

    private HelpCaller caller() {
        if (caller == null)
            caller =
                    new HelpCaller(api, name, navigator.settings().language(), deviceToken, Duration.ofSeconds(5), say);
        return caller;
    }
}
