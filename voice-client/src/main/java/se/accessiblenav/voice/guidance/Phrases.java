package se.accessiblenav.voice.guidance;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The client's own sentences in the walker's language (English or Swedish), and distances worded by GPS accuracy. */
public final class Phrases {
    static final String BUNDLE = "se.accessiblenav.voice.guidance.phrases";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Phrases(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Swedish for "sv", English otherwise. */
    public static Phrases forLanguage(String language) {
        return new Phrases(isSwedish(language) ? Locale.forLanguageTag("sv") : Locale.ROOT);
    }

    public static boolean isSwedish(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("sv");
    }

    public String get(String key, Object... arguments) {
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No sentence '" + key + "' for " + locale, e);
        }
    }

    /**
     * A distance as a walker should hear it: rounded to 5 m, exact when GPS accuracy is 10 m or better,
     * "about" up to 20 m, "around" beyond; "close by" under 5 m.
     */
    public String distance(double meters, double accuracyMeters) {
        if (meters < 5) return get("distance.close");
        long rounded = Math.max(5, Math.round(meters / 5) * 5);
        String number = Long.toString(rounded);
        if (accuracyMeters <= 10) return get("distance.exact", number);
        if (accuracyMeters <= 20) return get("distance.about", number);
        return get("distance.around", number);
    }

    /** "the next turn", "the next crossing"... for a cue kind. */
    public String kindName(String kind) {
        return switch (kind) {
            case "turn", "crossing", "steps", "hazard", "kerb", "arrival" -> get("kind." + kind);
            default -> get("kind.other");
        };
    }
}
