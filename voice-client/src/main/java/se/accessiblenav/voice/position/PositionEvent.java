package se.accessiblenav.voice.position;

import java.time.Instant;

/** What a position source reports at a moment: a fix, or that it has none. */
public sealed interface PositionEvent permits Fix, NoFix {
    Instant time();
}
