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

    private final Locale locale;
    private final boolean fallback;
    /** Every message of the language, parsed once; never changed after construction. */
    private final java.util.Map<String, Pattern> formats;

    /**
     * A parsed message; per argument, whether its placeholder is plain {@code {n}}; and, for a message
     * with only plain placeholders and no quoting but doubled apostrophes ({@code o''clock}), its literal
     * pieces, so that text arguments are put in without running {@link MessageFormat} (most cues of
     * every route).
     */
    private record Pattern(MessageFormat format, boolean[] plain, String[] pieces, int[] argumentAfterPiece) {
        private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d+)}");

        static Pattern parse(String text, Locale locale) {
            MessageFormat format = new MessageFormat(text, locale);
            java.text.Format[] byArgument = format.getFormatsByArgumentIndex();
            boolean[] plain = new boolean[byArgument.length];
            boolean allPlain = true;
            for (int i = 0; i < plain.length; i++) {
                plain[i] = byArgument[i] == null;
                allPlain &= plain[i];
            }
            if (!allPlain || text.replace("''", "").indexOf('\'') >= 0) return new Pattern(format, plain, null, null);
            List<String> pieces = new java.util.ArrayList<>();
            List<Integer> arguments = new java.util.ArrayList<>();
            java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(text);
            int end = 0;
            while (placeholder.find()) {
                pieces.add(text.substring(end, placeholder.start()).replace("''", "'"));
                arguments.add(Integer.parseInt(placeholder.group(1)));
                end = placeholder.end();
            }
            pieces.add(text.substring(end).replace("''", "'"));
            if (text.replace("{", "").length() != text.length() - arguments.size())
                return new Pattern(format, plain, null, null); // a brace that is no plain placeholder
            return new Pattern(
                    format,
                    plain,
                    pieces.toArray(String[]::new),
                    arguments.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The text with every argument a string, or null when {@link MessageFormat} must write it. */
        String substitute(Object[] values) {
            if (pieces == null) return null;
            int length = 0;
            for (String piece : pieces) length += piece.length();
            for (int argument : argumentAfterPiece) {
                if (argument >= values.length || !(values[argument] instanceof String value)) return null;
                length += value.length();
            }
            StringBuilder text = new StringBuilder(length).append(pieces[0]);
            for (int i = 0; i < argumentAfterPiece.length; i++)
                text.append((String) values[argumentAfterPiece[i]]).append(pieces[i + 1]);
            return text.toString();
        }
    }

    private Messages(Locale locale, boolean fallback) {
        this.locale = locale;
        this.fallback = fallback;
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        java.util.Map<String, Pattern> parsed = new java.util.HashMap<>();
        for (String key : bundle.keySet()) parsed.put(key, Pattern.parse(bundle.getString(key), locale));
        this.formats = java.util.Map.copyOf(parsed);
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
        Pattern pattern = formats.get(key);
        if (pattern == null) throw new java.util.MissingResourceException("No message " + key, BUNDLE, key);
        Object[] values = arguments;
        for (int i = 0; i < values.length; i++) {
            if (i < pattern.plain().length && !pattern.plain()[i]) continue;
            Object plain = plainWhole(values[i]);
            if (plain == values[i]) continue;
            if (values == arguments) values = arguments.clone();
            values[i] = plain;
        }
        String substituted = pattern.substitute(values);
        if (substituted != null) return substituted;
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
