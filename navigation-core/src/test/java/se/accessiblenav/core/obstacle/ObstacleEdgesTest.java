package se.accessiblenav.core.obstacle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ObstacleEdgesTest {
    @Test
    void addingClosedOrMarkedEdgesOnlyRaisesCosts() {
        ObstacleEdges before = edges(bits(1), bits(2));

        assertThat(edges(bits(1, 3), bits(2)).costsAtLeast(before)).isTrue();
        assertThat(edges(bits(1), bits(2, 4)).costsAtLeast(before)).isTrue();
        // a marked edge now closed costs more, not less
        assertThat(edges(bits(1, 2), bits()).costsAtLeast(before)).isTrue();
        assertThat(before.costsAtLeast(ObstacleEdges.NONE)).isTrue();
    }

    @Test
    void openingOrUnmarkingAnEdgeLowersCosts() {
        ObstacleEdges before = edges(bits(1), bits(2));

        assertThat(edges(bits(), bits(2)).costsAtLeast(before)).isFalse();
        assertThat(edges(bits(1), bits()).costsAtLeast(before)).isFalse();
        // a closed edge now only marked is cheaper
        assertThat(edges(bits(), bits(1, 2)).costsAtLeast(before)).isFalse();
        assertThat(ObstacleEdges.NONE.costsAtLeast(before)).isFalse();
    }

    @Test
    void emptyOnlyWithoutClosedOrMarkedEdges() {
        assertThat(ObstacleEdges.NONE.isEmpty()).isTrue();
        assertThat(edges(bits(), bits(7)).isEmpty()).isFalse();
    }

    private static ObstacleEdges edges(BitSet blocked, BitSet hazard) {
        return new ObstacleEdges(blocked, hazard);
    }

    private static BitSet bits(int... edges) {
        BitSet set = new BitSet();
        for (int e : edges) set.set(e);
        return set;
    }
}
