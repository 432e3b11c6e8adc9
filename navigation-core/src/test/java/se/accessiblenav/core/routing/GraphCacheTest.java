package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph cache is rebuilt when stale or broken, and never deletes a folder that is not ours. */
class GraphCacheTest {
    @TempDir
    Path dir;

    @Test
    void changedExtractMakesTheCacheStaleAndItIsRebuilt() throws IOException {
        Path osm = Files.copy(FixtureGraph.osmFile(), dir.resolve("map.osm"));
        Path cache = dir.resolve("cache");
        RouterSettings settings = new RouterSettings(osm, cache, 2, 0);
        try (PedestrianRouter first = PedestrianRouter.open(settings)) {
            assertThat(first.importedAtStart()).isTrue();
        }
        try (PedestrianRouter second = PedestrianRouter.open(settings)) {
            assertThat(second.importedAtStart()).isFalse();
        }
        // the same file name with other content: GraphHopper alone would load the old graph
        Files.writeString(osm, Files.readString(osm).replace("Lillgatan", "Nygatan"));
        try (PedestrianRouter third = PedestrianRouter.open(settings)) {
            assertThat(third.importedAtStart()).isTrue();
        }
    }

    @Test
    void unreadableCacheIsRebuiltNotFatal() throws IOException {
        Path cache = dir.resolve("cache");
        RouterSettings settings = FixtureGraph.settings(cache);
        try (PedestrianRouter ignored = PedestrianRouter.open(settings)) {
            // built
        }
        try (var files = Files.list(cache)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("accessible-navigation"))
                    .toList()) Files.write(file, new byte[] {1, 2, 3});
        }
        try (PedestrianRouter reopened = PedestrianRouter.open(settings)) {
            assertThat(reopened.importedAtStart()).isTrue();
            assertThat(reopened.mapInfo().osmFileName()).isEqualTo("crossings.osm");
        }
    }

    @Test
    void folderLeftByAFailedImportIsCleared() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.writeString(cache.resolve(GraphCache.BUILDING_MARKER), "import started\n");
        Files.writeString(cache.resolve("nodes"), "half written");
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(cache))) {
            assertThat(router.importedAtStart()).isTrue();
        }
    }

    @Test
    void refusesToEmptyAFolderThatIsNotAGraphCache() throws IOException {
        Path notACache = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(notACache.resolve("letter.txt"), "keep me");
        assertThatThrownBy(() -> PedestrianRouter.open(FixtureGraph.settings(notACache)))
                .hasMessageContaining("does not hold a graph");
        assertThat(notACache.resolve("letter.txt")).exists();
    }
}
