package se.accessiblenav.core.guidance;

import java.util.List;

/**
 * The guidance for one route.
 *
 * @param language the language the texts are in ({@code en}, {@code sv})
 * @param languageFallback true when the requested language is not available and English was used
 * @param summaryShort spoken summary, short form
 * @param summaryFull spoken summary: length, time, crossings, signals, steps, hazards
 * @param cues ordered by distance along the route
 */
public record RouteGuidance(
        String language, boolean languageFallback, String summaryShort, String summaryFull, List<Cue> cues) {
    public RouteGuidance {
        cues = List.copyOf(cues);
    }
}
