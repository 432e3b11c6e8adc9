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
    ARRIVAL,
    /** At a stop: which vehicle to take, when it leaves. */
    WAIT,
    /** On board: the stop the vehicle reaches next. */
    NEXT_STOP,
    /** On board: the next stop is where to get off. */
    ALIGHT;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
