package se.accessiblenav.voice.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.accessiblenav.voice.TestRoutes;

class RouteLineTest {
    private final LatLon start = TestRoutes.HOTORGET;
    private final LatLon corner = start.moved(100, 90);
    private final LatLon end = corner.moved(50, 0);
    private final RouteLine line = new RouteLine(List.of(start, corner, end));

    @Test
    void lengthAndPointsAlongAgreeWithGreatCircleDistances() {
        assertThat(line.lengthMeters()).isCloseTo(150, within(0.2));
        assertThat(line.pointAt(100).distanceMetersTo(corner)).isLessThan(0.2);
        assertThat(line.bearingDegreesAt(50)).isCloseTo(90, within(0.5));
        assertThat(line.bearingDegreesAt(120)).isCloseTo(0, within(0.5));
    }

    @Test
    void projectionGivesDistanceAlongAndSide() {
        RouteLine.Projection left = line.project(start.moved(40, 90).moved(8, 0));
        assertThat(left.alongMeters()).isCloseTo(40, within(0.3));
        assertThat(left.offsetMeters()).isCloseTo(8, within(0.2));
        assertThat(left.signedOffsetMeters())
                .as("north of an eastbound line is on the left")
                .isNegative();
        RouteLine.Projection right = line.project(start.moved(40, 90).moved(8, 180));
        assertThat(right.signedOffsetMeters()).isPositive();
    }

    @Test
    void aWindowKeepsTheProjectionNearWhereTheWalkerWas() {
        LatLon nearBoth = corner.moved(3, 225);
        assertThat(line.project(nearBoth, 0, 60).alongMeters()).isEqualTo(60);
        assertThat(line.project(nearBoth, 90, 150).alongMeters()).isCloseTo(100, within(2.5));
    }
}
