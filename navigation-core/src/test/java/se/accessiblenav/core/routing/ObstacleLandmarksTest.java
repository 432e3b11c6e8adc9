package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.routing.ObstacleRoutingTest.E;
import static se.accessiblenav.core.routing.ObstacleRoutingTest.W;
import static se.accessiblenav.core.routing.ObstacleRoutingTest.acrossDirectWay;
import static se.accessiblenav.core.routing.ObstacleRoutingTest.obstacle;
import static se.accessiblenav.core.routing.ObstacleRoutingTest.point;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.Severity;

/**
 * Landmarks prepared for the active obstacles: used once ready, dropped the moment a change makes any
 * way cheaper, and never a different route than a search without landmarks finds.
 */
class ObstacleLandmarksTest {
    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(
                FixtureGraph.settings("obstacles.osm", cacheDir).withObstacleLandmarkSlowdown(0));
    }

    @AfterAll
    static void close() {
        router.close();
    }

    @Test
    void preparedForTheObstaclesThenDroppedTheMomentOneIsLifted() throws InterruptedException {
        assertThat(router.usesObstacleLandmarks()).isFalse();
        Obstacle closed = obstacle(acrossDirectWay(), Severity.BLOCKING, 1);

        router.applyObstacles(List.of(closed));
        assertThat(router.usesObstacleLandmarks())
                .as("prepared in the background, later")
                .isFalse();
        assertThat(router.awaitObstacleLandmarks(Duration.ofSeconds(30))).isTrue();

        assertThat(router.usesObstacleLandmarks()).isTrue();
        assertSameRoutesAsWithoutLandmarks(350, 380);

        // another obstacle only raises costs: the prepared landmarks stay in use
        Obstacle hazard = obstacle(point(59.32970, 18.06402), Severity.HAZARD, 1);
        router.applyObstacles(List.of(closed, hazard));
        assertThat(router.usesObstacleLandmarks()).isTrue();
        assertSameRoutesAsWithoutLandmarks(350, 380);

        // lifting the closure makes the direct way cheap again: back to the import's landmarks at once
        router.applyObstacles(List.of(hazard));
        assertThat(router.usesObstacleLandmarks()).isFalse();
        assertSameRoutesAsWithoutLandmarks(220, 235);

        assertThat(router.awaitObstacleLandmarks(Duration.ofSeconds(30))).isTrue();
        assertThat(router.usesObstacleLandmarks()).isTrue();
        assertSameRoutesAsWithoutLandmarks(220, 235);

        router.applyObstacles(List.of());
        assertThat(router.usesObstacleLandmarks()).isFalse();
        assertThat(router.awaitObstacleLandmarks(Duration.ofSeconds(30))).isTrue();
        assertThat(router.usesObstacleLandmarks())
                .as("no obstacles: nothing to prepare")
                .isFalse();
    }

    private static void assertSameRoutesAsWithoutLandmarks(double minMeters, double maxMeters) {
        for (WalkerProfile profile : WalkerProfile.values()) {
            GHResponse withLandmarks = router.route(request(profile));
            GHResponse without = router.route(request(profile).putHint("lm.disable", true));
            assertThat(withLandmarks.getErrors()).isEmpty();
            assertThat(withLandmarks.getBest().getDistance())
                    .as(profile.profileName())
                    .isBetween(minMeters, maxMeters);
            assertThat(withLandmarks.getBest().getRouteWeight())
                    .as(profile.profileName())
                    .isEqualTo(without.getBest().getRouteWeight());
        }
    }

    private static GHRequest request(WalkerProfile profile) {
        return new GHRequest(W[0], W[1], E[0], E[1]).setProfile(profile.profileName());
    }
}
