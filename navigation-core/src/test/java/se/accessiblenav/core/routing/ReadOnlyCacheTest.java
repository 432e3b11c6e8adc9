package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.graphhopper.GHRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import once, serve many: a server in read-only mode loads a cache prepared beforehand without writing a
 * byte to it, and refuses, saying what to do, where no such cache is.
 */
class ReadOnlyCacheTest {
    @TempDir
    Path cacheDir;

    @Test
    void aMissingCacheIsRefusedWithTheCommandThatPreparesIt() {
        RouterSettings settings =
                FixtureGraph.settings("obstacles.osm", cacheDir).withReadOnlyCache(true);
        assertThatThrownBy(() -> PedestrianRouter.open(settings))
                .isInstanceOf(RouterSetupException.class)
                .hasMessageContaining("not prepared")
                .satisfies(e -> assertThat(((RouterSetupException) e).action()).contains("bin/import-map"));
    }

    @Test
    void aPreparedCacheIsLoadedAndServedWithoutAWrite() throws Exception {
        RouterSettings settings = FixtureGraph.settings("obstacles.osm", cacheDir);
        PedestrianRouter.open(settings).close();
        Map<String, String> before = filesWithSizeAndTime(cacheDir);

        try (PedestrianRouter router = PedestrianRouter.open(settings.withReadOnlyCache(true))) {
            assertThat(router.importedAtStart()).isFalse();
            var response = router.route(new GHRequest(
                            ObstacleRoutingTest.W[0],
                            ObstacleRoutingTest.W[1],
                            ObstacleRoutingTest.E[0],
                            ObstacleRoutingTest.E[1])
                    .setProfile("blind_cane"));
            assertThat(response.getErrors()).isEmpty();
        }
        assertThat(filesWithSizeAndTime(cacheDir)).isEqualTo(before);
    }

    private static Map<String, String> filesWithSizeAndTime(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path file : all.toList())
                files.put(
                        file.getFileName().toString(), Files.size(file) + " bytes, " + Files.getLastModifiedTime(file));
        }
        return files;
    }
}
