package se.accessiblenav.core.guidance;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The spoken texts of one language, from {@code guidance/messages*.properties}. English is the base
 * bundle; a language is available when it has its own file. Adding a language is adding a file.
 */
final class Messages {
    static final String BUNDLE = "guidance.messages";
    /** Languages with their own messages file; {@code MessagesSyncTest} checks each has every key. */
    static final List<String> LANGUAGES = List.of("en", "sv");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final boolean fallback;

    private Messages(Locale locale, boolean fallback) {
        this.locale = locale;
        this.fallback = fallback;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages for a requested locale, or English when the language is not available. */
    static Messages forLocale(Locale requested) {
        String language = requested.getLanguage();
        if (LANGUAGES.contains(language)) return new Messages(Locale.forLanguageTag(language), false);
        return new Messages(Locale.ENGLISH, true);
    }

    String language() {
        return locale.getLanguage();
    }

    boolean isFallback() {
        return fallback;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
