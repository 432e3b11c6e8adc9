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

    private static final java.util.concurrent.ConcurrentMap<String, Messages> BY_LANGUAGE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;
    private final boolean fallback;
    private final java.util.concurrent.ConcurrentMap<String, MessageFormat> formats =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Messages(Locale locale, boolean fallback) {
        this.locale = locale;
        this.fallback = fallback;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages for a requested locale, or English when the language is not available. */
    static Messages forLocale(Locale requested) {
        String language = requested.getLanguage();
        boolean available = LANGUAGES.contains(language);
        return BY_LANGUAGE.computeIfAbsent(
                available ? language : "fallback",
                key -> available
                        ? new Messages(Locale.forLanguageTag(language), false)
                        : new Messages(Locale.ENGLISH, true));
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

    /** Formats a message; patterns are parsed once per language (MessageFormat is not thread-safe: lock it). */
    String get(String key, Object... arguments) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        synchronized (format) {
            return format.format(arguments);
        }
    }
}
