package se.accessiblenav.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueTest {
    @Test
    void announceDistancesAreKeptFarthestFirstWithoutRepeats() {
        Cue cue = new Cue("c1", CueKind.TURN, 20, 59.3, 18.0, List.of(3.0, 10.0, 3.0), "Turn.", "Turn now.");
        assertThat(cue.announceBeforeMeters()).containsExactly(10.0, 3.0);
    }

    @Test
    void aCueIsAnnouncedAtLeastOnceAndNeverAfterItsPlace() {
        assertThatThrownBy(() -> new Cue("c1", CueKind.TURN, 20, 59.3, 18.0, List.of(), "Turn.", "Turn now."))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cue("c1", CueKind.TURN, 20, 59.3, 18.0, List.of(-5.0), "Turn.", "Turn now."))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
