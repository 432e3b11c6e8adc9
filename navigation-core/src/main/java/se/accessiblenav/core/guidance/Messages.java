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
    private final java.util.concurrent.ConcurrentMap<String, Pattern> formats =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A parsed message and, per argument, whether its placeholder is plain {@code {n}}. */
    private record Pattern(MessageFormat format, boolean[] plain) {
        static Pattern parse(String text, Locale locale) {
            MessageFormat format = new MessageFormat(text, locale);
            java.text.Format[] byArgument = format.getFormatsByArgumentIndex();
            boolean[] plain = new boolean[byArgument.length];
            for (int i = 0; i < plain.length; i++) plain[i] = byArgument[i] == null;
            return new Pattern(format, plain);
        }
    }

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
        Pattern pattern = formats.computeIfAbsent(key, k -> Pattern.parse(bundle.getString(k), locale));
        Object[] values = arguments.clone();
        for (int i = 0; i < values.length; i++)
            if (i >= pattern.plain().length || pattern.plain()[i]) values[i] = plainWhole(values[i]);
        synchronized (pattern.format()) {
            return pattern.format().format(values);
        }
    }

    /**
     * A whole number under 1,000, for a plain {@code {n}} placeholder, written as its digits: what the
     * locale's number format would write (no grouping, no decimals below 1,000), without running it for
     * every number of every cue. Placeholders with a format of their own ({@code {n,choice,...}}) keep the
     * number.
     */
    private static Object plainWhole(Object argument) {
        if (argument instanceof Integer || argument instanceof Long || argument instanceof Short) {
            long value = ((Number) argument).longValue();
            return Math.abs(value) < 1000 ? Long.toString(value) : argument;
        }
        if (argument instanceof Double value && Math.abs(value) < 1000 && value == Math.rint(value))
            return Long.toString(value.longValue());
        return argument;
    }
}
