package se.accessiblenav.voice.guidance;

/** How much the client says besides what must be said. */
public enum Verbosity {
    /** Manoeuvres, hazards and arrival only; short texts. */
    TERSE,
    /** Also landmarks, and a reassurance after a minute without a cue. */
    NORMAL,
    /** Full texts every time, and reassurance every half minute. */
    VERBOSE;

    public Verbosity more() {
        return this == TERSE ? NORMAL : VERBOSE;
    }

    public Verbosity less() {
        return this == VERBOSE ? NORMAL : TERSE;
    }
}
