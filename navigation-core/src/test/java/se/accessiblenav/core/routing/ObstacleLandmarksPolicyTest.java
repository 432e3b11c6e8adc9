package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GraphHopper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.obstacle.ObstacleEdges;

/**
 * Landmarks are prepared again only for the profiles whose route search the obstacles slowed down past
 * the threshold, as the probe measures it (here a probe whose counts the test sets), and go back to the
 * import's the moment a change eases any edge.
 */
class ObstacleLandmarksPolicyTest {
    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(FixtureGraph.settings("obstacles.osm", cacheDir));
    }

    @AfterAll
    static void close() {
        router.close();
    }

    private static ObstacleEdges closing(int... edges) {
        BitSet blocked = new BitSet();
        for (int edge : edges) blocked.set(edge);
        return new ObstacleEdges(blocked, new BitSet());
    }

    @Test
    void onlyTheProfileThatGotSlowerIsPreparedAgain() throws InterruptedException {
        GraphHopper hopper = router.graphHopper();
        Map<String, Long> settled = new ConcurrentHashMap<>(
                Map.of("foot", 100L, "blind_cane", 100L, "guide_dog", 100L, "low_vision", 100L));
        try (ObstacleLandmarks landmarks = new ObstacleLandmarks(
                hopper.getBaseGraph(),
                hopper.getEncodingManager(),
                hopper.getLandmarks(),
                Duration.ZERO,
                1.3,
                settled::get)) {
            ObstacleEdges one = closing(3);
            landmarks.changing(one); // waits for the search measured without obstacles: 100 each
            settled.put("blind_cane", 140L); // 1.4x: over the threshold
            settled.put("foot", 125L); // 1.25x: under it
            landmarks.changed(one);
            assertThat(landmarks.awaitPrepared(Duration.ofSeconds(30))).isTrue();

            assertThat(landmarks.status().checks()).isEqualTo(1);
            assertThat(landmarks.status().preparations()).isEqualTo(1);
            assertThat(landmarks.status().preparedProfiles()).isEqualTo(1);
            assertThat(landmarks.current().get("blind_cane"))
                    .isNotSameAs(hopper.getLandmarks().get("blind_cane"));
            assertThat(landmarks.current().get("foot"))
                    .isSameAs(hopper.getLandmarks().get("foot"));

            // one more closure: blind_cane is measured against its prepared landmarks (140 right after)
            ObstacleEdges two = closing(3, 4);
            landmarks.changing(two);
            settled.put("blind_cane", 150L); // 1.07x what it was when prepared
            landmarks.changed(two);
            assertThat(landmarks.awaitPrepared(Duration.ofSeconds(30))).isTrue();
            assertThat(landmarks.status().preparations()).isEqualTo(1);
            assertThat(landmarks.obstacleAware()).isTrue();

            // edge 3 opens again: the prepared landmarks may overestimate there, so they go at once
            landmarks.changing(closing(4));
            assertThat(landmarks.obstacleAware()).isFalse();
            assertThat(landmarks.current().get("blind_cane"))
                    .isSameAs(hopper.getLandmarks().get("blind_cane"));
        }
    }
}
