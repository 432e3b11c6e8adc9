package se.accessiblenav.core.guidance;

/** "Where am I" in words: the street, the side, the nearest corner, as short and full spoken texts. */
public record LocationDescription(
        String language, boolean languageFallback, String street, String side, String shortText, String fullText) {}
