package se.accessiblenav.core.obstacle;

import java.util.BitSet;

/**
 * The edges the active obstacles close ({@code blocked}) and mark ({@code hazard}), as the overlay has
 * written them onto the graph. Handed out read-only: the overlay makes new sets on every change.
 */
public record ObstacleEdges(BitSet blocked, BitSet hazard) {
    public static final ObstacleEdges NONE = new ObstacleEdges(new BitSet(), new BitSet());

    public boolean isEmpty() {
        return blocked.isEmpty() && hazard.isEmpty();
    }

    /**
     * True when no edge costs less here than in {@code earlier}: every edge closed there is still closed,
     * and every edge marked there is still marked or now closed. Then weights prepared for {@code earlier}
     * (landmarks) are still lower bounds here.
     */
    public boolean costsAtLeast(ObstacleEdges earlier) {
        BitSet opened = (BitSet) earlier.blocked.clone();
        opened.andNot(blocked);
        if (!opened.isEmpty()) return false;
        BitSet unmarked = (BitSet) earlier.hazard.clone();
        unmarked.andNot(hazard);
        unmarked.andNot(blocked);
        return unmarked.isEmpty();
    }
}
