package se.accessiblenav.core.guidance;

import java.util.Locale;

/**
 * The language guidance texts are given in for a requested locale.
 *
 * @param code {@code en} or {@code sv}
 * @param fallback true when the requested language is not available and English is used
 */
public record GuidanceLanguage(String code, boolean fallback) {
    public static GuidanceLanguage of(Locale requested) {
        Messages messages = Messages.forLocale(requested);
        return new GuidanceLanguage(messages.language(), messages.isFallback());
    }
}
