package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.graphhopper.routing.ev.EncodedValueSerializer;
import org.junit.jupiter.api.Test;

class StaticPriorityTest {
    private final StaticPriority priority = new StaticPriority(StaticPriority.key("blind_cane"));

    @Test
    void keepsOneValuePerEdgeAndDirection() {
        priority.fill(3, (edge, reverse) -> edge * 0.25 + (reverse ? 0.125 : 0));

        assertThat(priority.getDecimal(false, 0, null)).isEqualTo(0);
        assertThat(priority.getDecimal(true, 0, null)).isEqualTo(0.125);
        assertThat(priority.getDecimal(false, 2, null)).isEqualTo(0.5);
        assertThat(priority.getDecimal(true, 2, null)).isEqualTo(0.625);
        assertThat(priority.getName()).isEqualTo("blind_cane_static_priority");
    }

    @Test
    void cannotBeReadBeforeItIsWorkedOut() {
        assertThat(priority.isFilled()).isFalse();
        assertThatThrownBy(() -> priority.getDecimal(false, 0, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before it was worked out");
    }

    @Test
    void aValueAboveTheBoundIsRefusedAndTheOldEntriesStay() {
        priority.fill(1, (edge, reverse) -> 1.0);

        assertThatThrownBy(() -> priority.fill(1, (edge, reverse) -> reverse ? 2.0 : 1.0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("multiplies by more than 1");
        assertThatThrownBy(() -> priority.fill(1, (edge, reverse) -> Double.NaN))
                .isInstanceOf(IllegalStateException.class);
        assertThat(priority.getDecimal(true, 0, null)).isEqualTo(1.0);
    }

    @Test
    void graphHopperStoresItsNameButNotItsEntries() {
        priority.fill(1, (edge, reverse) -> 1.0);

        String stored = EncodedValueSerializer.serializeEncodedValue(priority);
        StaticPriority restored = (StaticPriority) EncodedValueSerializer.deserializeEncodedValue(stored);

        assertThat(restored.getName()).isEqualTo(priority.getName());
        assertThat(restored.isFilled()).isFalse();
        assertThat(stored).doesNotContain("entries");
    }

    @Test
    void entriesWrittenToAFileAreReadBackOnlyForAGraphOfTheSameSize(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        StaticPriority written = new StaticPriority("blind_cane_static_priority");
        written.fill(3, (edge, reverse) -> reverse ? 0.25 * edge : 1.5 - 0.5 * edge);
        java.nio.file.Path file = dir.resolve("blind_cane_static_priority");
        written.writeTo(file);

        StaticPriority read = new StaticPriority("blind_cane_static_priority");
        assertThat(read.readFrom(file, 4)).isFalse();
        assertThat(read.isFilled()).isFalse();
        assertThat(read.readFrom(file, 3)).isTrue();
        for (int edge = 0; edge < 3; edge++)
            for (boolean reverse : new boolean[] {false, true})
                assertThat(read.getDecimal(reverse, edge, null)).isEqualTo(written.getDecimal(reverse, edge, null));
        assertThat(read.readFrom(dir.resolve("missing"), 3)).isFalse();
    }
}
