package se.accessiblenav.core.guidance;

import java.util.List;

/**
 * A cue before its texts are written: texts need the distance to the next cue, which is known only when
 * every cue of the route is placed.
 */
record CueDraft(CueKind kind, int point, double along, List<Double> announce, CueTexts texts, double lat, double lon) {
    /** A cue at a point of the route geometry. */
    CueDraft(CueKind kind, int point, double along, List<Double> announce, CueTexts texts) {
        this(kind, point, along, announce, texts, Double.NaN, Double.NaN);
    }
}
