package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.storage.NodeAccess;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * Every file of a prepared graph, damaged in the middle (as a bad disk or a cut copy would), is found at
 * load: a server that may write rebuilds the graph and routes exactly as before; a read-only one refuses
 * to start. Never a wrong route from a damaged file.
 */
class DamagedCacheTest {
    @TempDir
    static Path dir;

    static Path pristine;
    static List<String> pristineRoutes;

    @BeforeAll
    static void prepare() {
        pristine = dir.resolve("pristine");
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(pristine))) {
            pristineRoutes = routes(router);
        }
    }

    static List<String> cacheFiles() throws IOException {
        try (PedestrianRouter ignored = PedestrianRouter.open(FixtureGraph.settings(dir.resolve("listing")))) {
            // prepared only to list its files
        }
        try (Stream<Path> files = Files.list(dir.resolve("listing"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name ->
                            !name.equals(GraphCache.FINGERPRINT_FILE) && !name.equals(GraphCache.CHECKSUMS_FILE))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("cacheFiles")
    void aDamagedFileIsFoundAndTheGraphRebuilt(String file) throws IOException {
        Path cache = copyOfPristine("rebuilt-" + file);
        garble(cache.resolve(file));
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(cache))) {
            assertThat(router.importedAtStart())
                    .as("rebuilt after damage to " + file)
                    .isTrue();
            assertThat(routes(router)).isEqualTo(pristineRoutes);
        }
        try (PedestrianRouter again = PedestrianRouter.open(FixtureGraph.settings(cache))) {
            assertThat(again.importedAtStart()).as("the rebuilt cache is whole").isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("cacheFiles")
    void aReadOnlyServerRefusesADamagedFile(String file) throws IOException {
        Path cache = copyOfPristine("refused-" + file);
        garble(cache.resolve(file));
        assertThatThrownBy(
                        () -> PedestrianRouter.open(FixtureGraph.settings(cache).withReadOnlyCache(true)))
                .hasMessageContaining("damaged")
                .hasMessageContaining(file);
    }

    @Test
    void aFileCutShortOrMissingIsFoundToo() throws IOException {
        Path cut = copyOfPristine("cut");
        try (RandomAccessFile nodes = new RandomAccessFile(cut.resolve("nodes").toFile(), "rw")) {
            nodes.setLength(nodes.length() / 2);
        }
        Path missing = copyOfPristine("missing");
        Files.delete(missing.resolve("edges"));
        for (Path cache : List.of(cut, missing))
            try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(cache))) {
                assertThat(router.importedAtStart()).isTrue();
                assertThat(routes(router)).isEqualTo(pristineRoutes);
            }
    }

    @Test
    void anUndamagedCacheLoads() throws IOException {
        Path cache = copyOfPristine("whole");
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(cache))) {
            assertThat(router.importedAtStart()).isFalse();
            assertThat(routes(router)).isEqualTo(pristineRoutes);
        }
    }

    /** Routes between the graph's first node and every tenth node, for every profile: distance and points. */
    private static List<String> routes(PedestrianRouter router) {
        NodeAccess nodes = router.graphHopper().getBaseGraph().getNodeAccess();
        int count = router.graphHopper().getBaseGraph().getNodes();
        List<String> routes = new ArrayList<>();
        for (WalkerProfile profile : WalkerProfile.values())
            for (int to = 1; to < count; to += Math.max(1, count / 10)) {
                GHResponse response =
                        router.route(new GHRequest(nodes.getLat(0), nodes.getLon(0), nodes.getLat(to), nodes.getLon(to))
                                .setProfile(profile.profileName()));
                routes.add(profile.profileName() + " 0-" + to + ": "
                        + (response.hasErrors()
                                ? "error " + response.getErrors().get(0).getMessage()
                                : Math.round(response.getBest().getDistance() * 10) + " dm, "
                                        + response.getBest().getPoints().size() + " points"));
            }
        assertThat(routes.stream().filter(r -> !r.contains("error"))).hasSizeGreaterThan(10);
        return routes;
    }

    private static Path copyOfPristine(String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(pristine)) {
            for (Path file : files.toList()) Files.copy(file, copy.resolve(file.getFileName()));
        }
        return copy;
    }

    /** Random bytes over a stretch in the middle of the file (or all of it, for small files). */
    private static void garble(Path file) throws IOException {
        byte[] noise = new byte[4096];
        new Random(file.getFileName().toString().hashCode()).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            int n = (int) Math.min(noise.length, Math.max(1, length / 2));
            raf.seek(Math.max(0, length / 2 - n / 2));
            raf.write(noise, 0, n);
        }
    }
}
