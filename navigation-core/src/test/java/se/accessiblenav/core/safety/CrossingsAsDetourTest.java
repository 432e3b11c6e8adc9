package se.accessiblenav.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detour-trade fixture: a straight path of about 275 m across two quiet streets, or a way round of
 * about 500 m across none. Which one the search takes depends on what a crossing is worth.
 */
class CrossingsAsDetourTest {
    @TempDir
    static Path cacheDir;

    static FixtureSearch map;

    @BeforeAll
    static void open() {
        map = FixtureSearch.open("/osm/detour-trade.osm", cacheDir);
    }

    @AfterAll
    static void close() {
        map.close();
    }

    private static RouteSafety searched(FewestCrossings.Objective objective) {
        FewestCrossings.Walk walk =
                map.fewest().walk(52.0, 13.0, 52.0, 13.004, objective).orElseThrow();
        return map.counter().count(walk.points(), walk.lengthMeters());
    }

    @Test
    void aCheapCrossingTakesTheStraightPathAcrossBothStreets() {
        // saving two crossings takes about 225 m more: not worth it at 50 m each
        RouteSafety walk = searched(FewestCrossings.Objective.crossingsAsDetour(50));
        assertThat(walk.unsignalledQuietCrossings()).isEqualTo(2);
        assertThat(walk.lengthMeters()).isBetween(250.0, 300.0);
    }

    @Test
    void aDearCrossingGoesRound() {
        RouteSafety walk = searched(FewestCrossings.Objective.crossingsAsDetour(300));
        assertThat(walk.unsignalledCrossings()).isZero();
        assertThat(walk.lengthMeters()).isBetween(450.0, 550.0);
    }

    @Test
    void fewestCrossingsGoesRoundWhateverTheDetour() {
        RouteSafety walk = searched(FewestCrossings.Objective.CROSSINGS);
        assertThat(walk.unsignalledCrossings()).isZero();
        assertThat(walk.lengthMeters()).isGreaterThan(450.0);
    }

    @Test
    void fewestCrossingsWithinABoundTakesTheStraightPathWhenTheWayRoundIsTooLong() {
        // 400 m allows the straight path only: both crossings are the fewest possible within it
        FewestCrossings.Walk walk = map.fewest()
                .walk(52.0, 13.0, 52.0, 13.004, FewestCrossings.Objective.CROSSINGS, 400)
                .orElseThrow();
        RouteSafety safety = map.counter().count(walk.points(), walk.lengthMeters());
        assertThat(safety.unsignalledQuietCrossings()).isEqualTo(2);
        assertThat(walk.lengthMeters()).isBetween(250.0, 300.0);
    }

    @Test
    void fewestCrossingsWithinABoundThatAllowsTheWayRoundGoesRound() {
        FewestCrossings.Walk walk = map.fewest()
                .walk(52.0, 13.0, 52.0, 13.004, FewestCrossings.Objective.CROSSINGS, 600)
                .orElseThrow();
        assertThat(map.counter().count(walk.points(), walk.lengthMeters()).unsignalledCrossings())
                .isZero();
        assertThat(walk.lengthMeters()).isBetween(450.0, 550.0);
    }

    @Test
    void noWalkWithinABoundShorterThanTheStraightLine() {
        assertThat(map.fewest().walk(52.0, 13.0, 52.0, 13.004, FewestCrossings.Objective.CROSSINGS, 200))
                .isEmpty();
    }
}
