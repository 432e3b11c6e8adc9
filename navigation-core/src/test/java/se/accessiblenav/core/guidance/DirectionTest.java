package se.accessiblenav.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectionTest {
    @Test
    void clockHoursFromRelativeBearings() {
        assertThat(Direction.clockHour(0)).isEqualTo(12);
        assertThat(Direction.clockHour(14)).isEqualTo(12);
        assertThat(Direction.clockHour(16)).isEqualTo(1);
        assertThat(Direction.clockHour(90)).isEqualTo(3);
        assertThat(Direction.clockHour(270)).isEqualTo(9);
        assertThat(Direction.clockHour(350)).isEqualTo(12);
    }

    @Test
    void relativeAndSignedTurnsAcrossNorth() {
        assertThat(Direction.relativeBearing(350, 80)).isEqualTo(90);
        assertThat(Direction.signedTurn(10, 280)).isEqualTo(-90);
        assertThat(Direction.leftRightKey(-100)).isEqualTo("direction.left");
        assertThat(Direction.leftRightKey(40)).isEqualTo("direction.right.slight");
        assertThat(Direction.leftRightKey(150)).isEqualTo("direction.right.sharp");
        assertThat(Direction.leftRightKey(-175)).isEqualTo("direction.uturn");
        assertThat(Direction.compassKey(359)).isEqualTo("heading.n");
        assertThat(Direction.compassKey(225)).isEqualTo("heading.sw");
    }
}
