package se.accessiblenav.server.route;

import com.graphhopper.GHRequest;
import java.util.Locale;
import java.util.Optional;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.ClientText;
import se.accessiblenav.server.system.RequestParameters;

/**
 * The guidance parameters of a route request, read from its hints: {@code guidance} (default true),
 * {@code locale}, {@code direction_style} ({@code clock} or {@code left_right}), {@code walking_speed}
 * (m/s) and {@code step_length} (m).
 */
final class GuidanceRequest {
    private GuidanceRequest() {}

    /** The guidance options, or empty when the client asked for none ({@code guidance=false}). */
    static Optional<GuidanceOptions> from(GHRequest request, String localeText) {
        Locale locale = RequestParameters.parseLocale(localeText);
        var hints = request.getHints();
        if (!hints.getBool("guidance", true)) return Optional.empty();
        String style = hints.getString("direction_style", "clock");
        if (!style.equals("clock") && !style.equals("left_right"))
            throw new ClientProblemException(
                    "direction_style must be clock or left_right, not '" + ClientText.quote(style) + "'.");
        try {
            return Optional.of(new GuidanceOptions(
                    locale,
                    style.equals("clock"),
                    hints.getDouble("walking_speed", 1.0),
                    hints.getDouble("step_length", 0.7),
                    hints.getDouble("lead_time", 10)));
        } catch (IllegalArgumentException e) {
            throw new ClientProblemException("Invalid guidance setting: " + e.getMessage() + ".");
        }
    }
}
