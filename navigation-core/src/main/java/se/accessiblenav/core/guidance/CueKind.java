package se.accessiblenav.core.guidance;

import java.util.Locale;

/** What a cue is about. */
public enum CueKind {
    DEPART,
    TURN,
    KEEP,
    CROSSING,
    STEPS,
    KERB,
    TACTILE_GUIDE_PATH,
    SIDEWALK_CHANGE,
    LANDMARK,
    HAZARD,
    REASSURANCE,
    ARRIVAL;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
