package se.accessiblenav.voice.session;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.api.PlaceReport;
import se.accessiblenav.voice.api.ServerRefusedException;
import se.accessiblenav.voice.api.ServerUnreachableException;
import se.accessiblenav.voice.guidance.GuidanceEvent;
import se.accessiblenav.voice.guidance.Navigator;

/** "Where am I" and "what is around" while walking: from the server, or without it from the route alone. */
final class ServerQuestions {
    private final NavigationApi api;
    private final Navigator navigator;
    private final ExecutorService background;

    ServerQuestions(NavigationApi api, Navigator navigator, ExecutorService background) {
        this.api = api;
        this.navigator = navigator;
        this.background = background;
    }

    /**
     * Asks in the background; the answer goes to {@code reply}. Without a position yet, the navigator's own
     * answer goes to {@code now} at once.
     */
    void ask(boolean around, Instant walkTime, Consumer<String> reply, Consumer<List<GuidanceEvent>> now) {
        var position = navigator.lastPosition();
        if (position.isEmpty()) {
            now.accept(navigator.reply(navigator.phrases().get("gps.waiting"), walkTime));
            return;
        }
        double accuracy = navigator.lastFix().get().accuracyMeters();
        Double heading = Double.isNaN(navigator.courseDegrees()) ? null : navigator.courseDegrees();
        String language = navigator.settings().language();
        String offline = navigator.describeOffline();
        String unavailable = navigator.phrases().get("server.unavailable");
        background.submit(() -> {
            try {
                PlaceReport report = around
                        ? api.around(position.get(), heading, 50, accuracy, language)
                        : api.whereAmI(position.get(), heading, accuracy, language);
                String places =
                        String.join(" ", report.places().stream().limit(3).toList());
                reply.accept((report.text() + " " + places).trim());
            } catch (ServerUnreachableException | ServerRefusedException e) {
                reply.accept(around ? unavailable : unavailable + " " + offline);
            }
        });
    }
}
